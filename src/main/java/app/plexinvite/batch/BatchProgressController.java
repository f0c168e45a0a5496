package app.plexinvite.batch;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditOutcome;

/**
 * A running batch: its progress as JSON for batch.js (the texts already in the page's
 * language), cancel with its confirmation page, and the result file.
 */
@Controller
class BatchProgressController {

	private final Batches batches;

	private final BatchRows rows;

	private final BatchRuns runs;

	private final MessageSource messages;

	private final AuditLog audit;

	private final Clock clock;

	BatchProgressController(Batches batches, BatchRows rows, BatchRuns runs, MessageSource messages, AuditLog audit,
			ObjectProvider<Clock> clock) {
		this.batches = batches;
		this.rows = rows;
		this.runs = runs;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping(path = "/admin/batch/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> progress(@PathVariable long id, Locale locale) {
		Batch batch = this.batches.find(id).orElseThrow(() -> BatchNotFound.withId(id));
		BatchCounts counts = this.rows.counts(id);
		BatchProgress progress = BatchProgress.of(batch, counts, this.clock.instant());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("state", batch.state().name());
		body.put("done", counts.done());
		body.put("valid", counts.valid());
		body.put("percent", counts.percent());
		body.put("settled", batch.state() != BatchState.RUNNING && batch.state() != BatchState.DRAFT);
		body.put("stateText", text(progress.stateKey(), locale));
		body.put("summary", text(progress.summaryKey(), locale, progress.summaryArguments()));
		body.put("pace", text(progress.paceKey(), locale, progress.paceArguments()));
		return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
	}

	@GetMapping("/admin/batch/{id}/cancel")
	String confirmCancel(@PathVariable long id, Model model) {
		Batch batch = this.batches.find(id).orElseThrow(() -> BatchNotFound.withId(id));
		model.addAttribute("view", new BatchView(batch, this.rows.counts(id)));
		return "batch/cancel";
	}

	@PostMapping("/admin/batch/{id}/cancel")
	String cancel(@PathVariable long id, RedirectAttributes flash) {
		Batch batch = this.batches.find(id).orElseThrow(() -> BatchNotFound.withId(id));
		if (this.runs.cancel(id)) {
			this.audit.ownerDid(AuditAction.BATCH_CANCELLED, BatchController.target(batch), AuditOutcome.ok());
			flash.addFlashAttribute("success", "batch.cancelled");
		}
		else {
			flash.addFlashAttribute("problem", "batch.notRunning");
		}
		return "redirect:/admin/batch/" + id;
	}

	@GetMapping("/admin/batch/{id}/results.csv")
	ResponseEntity<String> results(@PathVariable long id, Locale locale) {
		this.batches.find(id).orElseThrow(() -> BatchNotFound.withId(id));
		String csv = ResultCsv.write(this.rows.all(id), (key) -> this.messages.getMessage(key, null, key, locale));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("batch-" + id + "-results.csv").build().toString())
			.cacheControl(CacheControl.noStore())
			.body(csv);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
