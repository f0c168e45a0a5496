package app.plexinvite.admin;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.backup.DatabaseBackup;

/**
 * The settings page's backup download: a consistent copy of the SQLite database made
 * while Plex Invite runs, streamed as {@code plex-invite-<UTC time>.db} and deleted
 * afterwards. A POST (with its CSRF token), since it reads every stored secret.
 */
@Controller
class BackupController {

	private static final MediaType SQLITE = MediaType.parseMediaType("application/vnd.sqlite3");

	private static final Logger log = LoggerFactory.getLogger(BackupController.class);

	private final DatabaseBackup backup;

	private final AuditLog audit;

	private final Clock clock;

	BackupController(DatabaseBackup backup, AuditLog audit, ObjectProvider<Clock> clock) {
		this.backup = backup;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * The copy, or back to the settings page with a message when it cannot be made.
	 * Returns a view name or the file.
	 */
	@PostMapping("/admin/settings/backup")
	Object download(RedirectAttributes flash) throws IOException {
		String name = DatabaseBackup.fileName(this.clock.instant());
		Path copy;
		try {
			copy = this.backup.copyBesideDatabase();
		}
		catch (DatabaseBackup.BackupFailed ex) {
			log.warn("Backup download failed: {}", ex.getMessage());
			this.audit.ownerDid(AuditAction.BACKUP_DOWNLOADED, "database", AuditOutcome.failed(ex.getMessage()));
			flash.addFlashAttribute("problem", "admin.settings.backup.failed");
			return "redirect:/admin/settings";
		}
		long size;
		InputStream content;
		try {
			size = Files.size(copy);
			this.audit.ownerDid(AuditAction.BACKUP_DOWNLOADED, "database", AuditOutcome.ok(size + " bytes"));
			// The copy goes away once it has been sent (or the sending failed).
			content = Files.newInputStream(copy, StandardOpenOption.DELETE_ON_CLOSE);
		}
		catch (IOException | RuntimeException ex) {
			DatabaseBackup.deleteQuietly(copy);
			throw ex;
		}
		return ResponseEntity.ok()
			.contentType(SQLITE)
			.contentLength(size)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(new InputStreamResource(content));
	}

}
