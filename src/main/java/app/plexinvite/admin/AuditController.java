package app.plexinvite.admin;

import java.time.LocalDate;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditQuery;

/**
 * The audit log: newest first, filtered by action, actor, text and UTC days, paged by
 * cursor. Bad input answers 400 (an unknown action, a date that is not one, a text over
 * its {@code @Size}, checked by Spring MVC's own method validation), never a server
 * error.
 */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditLog audit;

	/** No control characters (PostgreSQL refuses a NUL byte in text with an error). */
	static final String PRINTABLE = "[^\\p{Cntrl}]*";

	AuditController(AuditLog audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String list(@RequestParam(required = false) AuditAction action,
			@RequestParam(required = false) @Size(max = 100) @Pattern(regexp = PRINTABLE) String actor,
			@RequestParam(required = false) @Size(max = 100) @Pattern(regexp = PRINTABLE) String q,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) Long before, Model model) {
		AuditQuery query = new AuditQuery(action, actor, q, from, to, before, PAGE_SIZE);
		model.addAttribute("page", this.audit.find(query));
		model.addAttribute("query", query);
		model.addAttribute("actions", AuditAction.values());
		return "admin/audit";
	}

}
