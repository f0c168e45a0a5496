package app.plexinvite.mail;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * Previews of every e-mail kind in each language, rendered with sample data: the subject
 * and plain text on a page, the HTML part in a sandboxed frame. The frame's document gets
 * its own policy (inline styles only, no script, no network, framed by us alone), so the
 * pages keep their strict one. Its {@code frame-ancestors 'self'} is what lets our page
 * frame it: browsers ignore the X-Frame-Options DENY every response carries when
 * frame-ancestors is present (CSP Level 2).
 */
@Controller
class MailPreviewController {

	static final String FRAME_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; "
			+ "frame-ancestors 'self'; base-uri 'none'; form-action 'none'; sandbox";

	private final MailTemplates templates;

	private final MailSamples samples;

	MailPreviewController(MailTemplates templates, MailSamples samples) {
		this.templates = templates;
		this.samples = samples;
	}

	@GetMapping("/admin/email/preview/{kind}")
	String preview(@PathVariable String kind, @RequestParam(defaultValue = "en") String lang, Model model) {
		MailKind found = kind(kind);
		Locale locale = MailLanguages.parse(lang);
		model.addAttribute("kind", found);
		model.addAttribute("lang", locale.toLanguageTag());
		model.addAttribute("kinds", MailKind.values());
		model.addAttribute("languages", MailLanguages.SUPPORTED);
		model.addAttribute("mail", this.templates.render(found, locale, this.samples.of(found)));
		return "admin/email-preview";
	}

	@GetMapping(path = "/admin/email/preview/{kind}/html", produces = MediaType.TEXT_HTML_VALUE)
	@ResponseBody
	String html(@PathVariable String kind, @RequestParam(defaultValue = "en") String lang,
			HttpServletResponse response) {
		MailKind found = kind(kind);
		response.setHeader("Content-Security-Policy", FRAME_POLICY);
		return this.templates.render(found, MailLanguages.parse(lang), this.samples.of(found)).html();
	}

	private static MailKind kind(String template) {
		return MailKind.fromTemplate(template).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
