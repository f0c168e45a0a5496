package app.plexinvite.admin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditEntry;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditQuery;
import app.plexinvite.backup.DatabaseBackup;
import app.plexinvite.support.AppTest;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The owner downloads a consistent copy of the database from the settings page: a POST
 * with the CSRF token, the file named by its UTC time, the download audited, no copy left
 * behind in the data folder.
 */
@AppTest
@AutoConfigureMockMvc
class BackupDownloadTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@Autowired
	DatabaseBackup backup;

	@TempDir
	Path folder;

	@Test
	void theSettingsPageOffersTheDownload() {
		assertThat(this.mvc.get().uri("/admin/settings").with(user("owner").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("action=\"/admin/settings/backup\"", "Download a backup", "SECRET_KEY");
	}

	@Test
	void streamsACopyOfTheDatabaseAndAuditsIt() throws Exception {
		String installation = this.jdbc.sql("SELECT client_identifier FROM plex_installation")
			.query(String.class)
			.single();
		MvcTestResult result = this.mvc.post()
			.uri("/admin/settings/backup")
			.with(user("backup-owner").roles("ADMIN"))
			.with(csrf())
			.exchange();
		assertThat(result).hasStatusOk()
			.hasContentType("application/vnd.sqlite3")
			.headers()
			.hasValue("Cache-Control", "no-store");
		String disposition = result.getResponse().getHeader("Content-Disposition");
		assertThat(disposition).matches("attachment; filename=\"plex-invite-\\d{8}T\\d{6}Z\\.db\"");
		byte[] body = result.getResponse().getContentAsByteArray();
		assertThat(new String(Arrays.copyOf(body, 15), StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3");
		Path copy = Files.write(this.folder.resolve("downloaded.db"), body);
		assertThat(JdbcClient.create(TestSqlite.dataSource(copy))
			.sql("SELECT client_identifier FROM plex_installation")
			.query(String.class)
			.single()).isEqualTo(installation);
		try (var left = Files.list(this.backup.databaseFile().getParent())) {
			assertThat(left.map(Path::getFileName).map(Path::toString))
				.noneMatch((name) -> name.startsWith(".backup-"));
		}
		assertThat(this.audit
			.find(new AuditQuery(AuditAction.BACKUP_DOWNLOADED, "backup-owner", null, null, null, null, 10))
			.entries()).extracting(AuditEntry::event).singleElement().satisfies((event) -> {
				assertThat(event.target()).isEqualTo("database");
				assertThat(event.outcome().reason()).isEqualTo(body.length + " bytes");
			});
	}

	@Test
	void refusesADownloadWithoutTheCsrfToken() {
		assertThat(this.mvc.post().uri("/admin/settings/backup").with(user("owner").roles("ADMIN"))).hasStatus(403);
	}

	@Test
	void isForTheOwnerOnly() {
		assertThat(this.mvc.post().uri("/admin/settings/backup").with(csrf())).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/admin/login");
	}

}
