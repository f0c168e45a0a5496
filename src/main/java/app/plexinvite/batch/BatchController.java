package app.plexinvite.batch;

import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditOutcome;

/**
 * The owner's batch pages: the upload form with past batches, one batch (the preview of a
 * draft, or the progress of a run), confirm and discard.
 */
@Controller
class BatchController {

	/** The largest file taken (10,000 rows of long e-mails and messages fit easily). */
	static final long MAX_BYTES = 5L * 1024 * 1024;

	static final int PAGE_SIZE = 100;

	private final BatchRuns runs;

	private final Batches batches;

	private final BatchRows rows;

	private final AuditLog audit;

	private final Clock clock;

	BatchController(BatchRuns runs, Batches batches, BatchRows rows, AuditLog audit, ObjectProvider<Clock> clock) {
		this.runs = runs;
		this.batches = batches;
		this.rows = rows;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping("/admin/batch")
	String list(Model model) {
		List<BatchView> recent = this.batches.findRecent(50)
			.stream()
			.map((batch) -> new BatchView(batch, this.rows.counts(batch.id())))
			.toList();
		model.addAttribute("batches", recent);
		model.addAttribute("maxRows", BatchCsv.MAX_ROWS);
		model.addAttribute("maxBytes", MAX_BYTES);
		model.addAttribute("maxMegabytes", MAX_BYTES / (1024 * 1024));
		return "batch/index";
	}

	@PostMapping("/admin/batch")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Principal owner, Model model,
			HttpServletResponse response) throws IOException {
		String problem = null;
		Object[] arguments = {};
		if (file == null || file.isEmpty()) {
			problem = "batch.file.required";
		}
		else if (file.getSize() > MAX_BYTES) {
			problem = "batch.file.tooLarge";
			arguments = new Object[] { MAX_BYTES / (1024 * 1024) };
		}
		else {
			try {
				long id = this.runs.upload(String.valueOf(file.getOriginalFilename()), file.getBytes(),
						owner.getName());
				return "redirect:/admin/batch/" + id;
			}
			catch (CsvProblem ex) {
				problem = ex.messageKey();
				arguments = ex.arguments();
			}
		}
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute("fileProblem", problem);
		model.addAttribute("fileProblemArguments", arguments);
		return list(model);
	}

	@GetMapping("/admin/batch/{id}")
	String show(@PathVariable long id, @RequestParam(defaultValue = "1") int page, Model model) {
		Batch batch = this.batches.find(id).orElseThrow(() -> BatchNotFound.withId(id));
		BatchCounts counts = this.rows.counts(id);
		int pages = (int) Math.max(1, (counts.total() + PAGE_SIZE - 1) / PAGE_SIZE);
		int current = Math.min(Math.max(page, 1), pages);
		model.addAttribute("view", new BatchView(batch, counts));
		model.addAttribute("progress", BatchProgress.of(batch, counts, this.clock.instant()));
		model.addAttribute("rows",
				this.rows.page(id, batch.state() == BatchState.DRAFT, (current - 1) * PAGE_SIZE, PAGE_SIZE));
		model.addAttribute("page", current);
		model.addAttribute("pages", pages);
		return "batch/batch";
	}

	@PostMapping("/admin/batch/{id}/start")
	String start(@PathVariable long id, RedirectAttributes flash) {
		Batch batch = this.batches.find(id).orElseThrow(() -> BatchNotFound.withId(id));
		if (this.runs.start(id)) {
			long valid = this.rows.counts(id).valid();
			this.audit.ownerDid(AuditAction.BATCH_STARTED, target(batch), AuditOutcome.ok(valid + " valid rows"));
			flash.addFlashAttribute("success", "batch.started");
		}
		else {
			flash.addFlashAttribute("problem", "batch.notDraft");
		}
		return "redirect:/admin/batch/" + id;
	}

	@PostMapping("/admin/batch/{id}/discard")
	String discard(@PathVariable long id, RedirectAttributes flash) {
		Batch batch = this.batches.find(id).orElseThrow(() -> BatchNotFound.withId(id));
		if (!this.runs.discard(id)) {
			flash.addFlashAttribute("problem", "batch.notDraft");
			return "redirect:/admin/batch/" + id;
		}
		this.audit.ownerDid(AuditAction.BATCH_DISCARDED, target(batch), AuditOutcome.ok());
		flash.addFlashAttribute("success", "batch.discarded");
		return "redirect:/admin/batch";
	}

	/** How the audit log names a batch: its number and file name. */
	static String target(Batch batch) {
		return "batch #" + batch.id() + " (" + batch.fileName() + ")";
	}

}
