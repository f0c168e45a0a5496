package app.plexinvite.admin;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import app.plexinvite.audit.Actor;
import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditEntry;
import app.plexinvite.audit.AuditEvent;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditQuery;
import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Owner actions and sign-ins land in the audit log with who, from where and how it ended;
 * the page filters it and refuses bad input with a 4xx, never a server error. Each test
 * acts under its own name or address, since the application context (and its database) is
 * shared.
 */
@AppTest
@AutoConfigureMockMvc
class AuditPageTests {

	private static final String BROWSER = "Mozilla/5.0 (AuditPageTests)";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcClient jdbc;

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			request.addHeader("User-Agent", BROWSER);
			return request;
		};
	}

	private long insertRequest(String identifier, String status) {
		this.jdbc
			.sql("INSERT INTO invite_request (status_token, identifier, identifier_key, status, created_at, "
					+ "updated_at) VALUES (:token, :identifier, :identifier, :status, 0, 0)")
			.param("token", "audit-" + identifier + "-".repeat(30))
			.param("identifier", identifier)
			.param("status", status)
			.update();
		return this.jdbc.sql("SELECT id FROM invite_request WHERE identifier = ?")
			.param(identifier)
			.query(Long.class)
			.single();
	}

	private List<AuditEvent> entries(AuditAction action, String actor) {
		return this.audit.find(new AuditQuery(action, actor, null, null, null, null, 100))
			.entries()
			.stream()
			.map(AuditEntry::event)
			.toList();
	}

	@Test
	void recordsAnOwnerActionWithTheOwnerTheClientAndTheOutcome() {
		long id = insertRequest("audit-cancelled@example.com", "CANCELLED");

		assertThat(this.mvc.post()
			.uri("/admin/requests/" + id + "/approve")
			.with(user("audit-owner-1").roles("ADMIN"))
			.with(csrf())
			.with(from("198.51.100.23"))).hasRedirectedUrl("/admin/requests");

		assertThat(entries(AuditAction.REQUEST_APPROVED, "audit-owner-1")).singleElement().satisfies((event) -> {
			assertThat(event.target()).isEqualTo("request #" + id + " (audit-cancelled@example.com)");
			assertThat(event.actor()).isEqualTo(Actor.owner("audit-owner-1", "198.51.100.23", BROWSER));
			assertThat(event.outcome().succeeded()).isFalse();
			assertThat(event.outcome().reason()).contains("not possible");
		});
	}

	@Test
	void recordsThatTheInviteCodeChangedButNeverTheCode() {
		for (String code : new String[] { "OpenSesame42", "" }) {
			this.mvc.post()
				.uri("/admin/settings/invite-code")
				.param("code", code)
				.with(user("audit-owner-2").roles("ADMIN"))
				.with(csrf())
				.exchange();
		}

		assertThat(entries(AuditAction.INVITE_CODE_CHANGED, "audit-owner-2")).extracting((e) -> e.outcome().reason())
			.containsExactly("cleared", "set");
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM audit_entry WHERE LOWER(target || ' ' || "
					+ "COALESCE(reason, '') || ' ' || search_key) LIKE '%opensesame%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void recordsSignInFailureLockOutSuccessAndSignOut() {
		for (int i = 0; i < 6; i++) {
			this.mvc.post()
				.uri("/admin/login")
				.param("username", "audit-stranger")
				.param("password", "hunter-" + i)
				.with(csrf())
				.with(from("198.51.100.77"))
				.exchange();
		}
		MockHttpSession session = new MockHttpSession();
		this.mvc.post()
			.uri("/admin/login")
			.session(session)
			.param("username", AppTest.OWNER)
			.param("password", AppTest.OWNER_PASSWORD)
			.with(csrf())
			.with(from("198.51.100.78"))
			.exchange();
		this.mvc.post().uri("/admin/logout").session(session).with(csrf()).with(from("198.51.100.78")).exchange();

		// No owner is called "audit-stranger": the name may be a mistyped password, so it
		// is
		// not kept.
		assertThat(entries(AuditAction.SIGN_IN_FAILED, "(a name that is no owner's)"))
			.filteredOn((e) -> "198.51.100.77".equals(e.actor().client()))
			.hasSize(5);
		assertThat(entries(AuditAction.LOCKED_OUT, "(a name that is no owner's)"))
			.filteredOn((e) -> "198.51.100.77".equals(e.actor().client()))
			.hasSize(1);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE actor LIKE '%stranger%'")
			.query(Long.class)
			.single()).isZero();
		assertThat(entries(null, AppTest.OWNER)).filteredOn((e) -> "198.51.100.78".equals(e.actor().client()))
			.extracting(AuditEvent::action)
			.containsExactly(AuditAction.SIGNED_OUT, AuditAction.SIGNED_IN);
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM audit_entry WHERE actor LIKE '%hunter%' OR target LIKE '%hunter%' "
					+ "OR reason LIKE '%hunter%' OR user_agent LIKE '%hunter%' OR search_key LIKE '%hunter%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void showsTheLogFilteredByActionActorTextAndDays() {
		long id = insertRequest("audit-pending@example.com", "AWAITING_APPROVAL");
		this.mvc.post()
			.uri("/admin/requests/" + id + "/cancel")
			.with(user("audit-owner-3").roles("ADMIN"))
			.with(csrf())
			.exchange();

		assertThat(this.mvc.get()
			.uri("/admin/audit?action=REQUEST_CANCELLED&actor=audit-owner-3&q=AUDIT-PENDING&from=2000-01-01&to=9999-12-31")
			.with(user("owner").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.contains("request #" + id + " (audit-pending@example.com)", "audit-owner-3", "Request cancelled");
		assertThat(this.mvc.get()
			.uri("/admin/audit?q=audit-pending&from=2000-01-02&to=2000-01-01")
			.with(user("owner").roles("ADMIN"))).hasStatusOk()
			.bodyText()
			.doesNotContain("audit-pending@example.com")
			.contains("Nothing matches these filters");
	}

	@Test
	void refusesBadFiltersWithABadRequest() {
		for (String query : new String[] { "action=NOT_AN_ACTION", "from=2026-13-45", "to=yesterday",
				"before=99999999999999999999999", "q=" + "a".repeat(101), "actor=" + "a".repeat(101) }) {
			assertThat(
					this.mvc.get().uri("/admin/audit?" + query).with(user("owner").roles("ADMIN")).accept("text/html"))
				.as(query)
				.hasStatus(400);
		}
		assertThat(
				this.mvc.get().uri("/admin/audit?from=+999999999-12-31&before=-5").with(user("owner").roles("ADMIN")))
			.hasStatusOk();
		for (String name : new String[] { "q", "actor" }) {
			assertThat(this.mvc.get()
				.uri("/admin/audit")
				.param(name, "a\u0000b")
				.with(user("owner").roles("ADMIN"))
				.accept("text/html")).as("a control character in " + name).hasStatus(400);
		}
	}

	@Test
	void isForTheOwnerOnly() {
		assertThat(this.mvc.get().uri("/admin/audit")).hasRedirectedUrl("/admin/login");
	}

}
