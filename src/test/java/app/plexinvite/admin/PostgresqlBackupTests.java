package app.plexinvite.admin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditEntry;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditQuery;
import app.plexinvite.support.AppTest;
import app.plexinvite.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * On PostgreSQL the settings page explains pg_dump instead of offering a download, and a
 * download asked for anyway is refused with a message and audited as failed.
 */
@AppTest
@AutoConfigureMockMvc
class PostgresqlBackupTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.freshDatabaseFor(registry);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditLog audit;

	@Test
	void theSettingsPageSendsTheOwnerToPgDump() {
		assertThat(this.mvc.get().uri("/admin/settings").with(user("owner").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("pg_dump")
			.doesNotContain("action=\"/admin/settings/backup\"");
	}

	@Test
	void aDownloadIsRefusedWithAMessage() {
		assertThat(this.mvc.post().uri("/admin/settings/backup").with(user("pg-owner").roles("ADMIN")).with(csrf()))
			.hasStatus3xxRedirection()
			.hasRedirectedUrl("/admin/settings")
			.flash()
			.containsEntry("problem", "admin.settings.backup.failed");
		assertThat(
				this.audit.find(new AuditQuery(AuditAction.BACKUP_DOWNLOADED, "pg-owner", null, null, null, null, 10))
					.entries())
			.extracting(AuditEntry::event)
			.singleElement()
			.satisfies((event) -> assertThat(event.outcome().succeeded()).isFalse());
	}

}
