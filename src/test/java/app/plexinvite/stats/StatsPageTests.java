package app.plexinvite.stats;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.support.AppTest;
import app.plexinvite.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The statistics page and its CSV files over the whole application on SQLite, with rows
 * stored as the features store them and a fixed clock (today is 2026-06-15 UTC).
 */
@AppTest
@AutoConfigureMockMvc
@Import(StatsPageTests.FixedClock.class)
class StatsPageTests {

	static final Instant NOW = Instant.parse("2026-06-15T12:00:00Z");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void rows() {
		this.jdbc.sql("DELETE FROM link_redemption").update();
		this.jdbc.sql("DELETE FROM invite_link").update();
		this.jdbc.sql("DELETE FROM person_event").update();
		this.jdbc.sql("DELETE FROM person").update();
		this.jdbc.sql("DELETE FROM invite_request").update();
		long sent = request("SENT", "2026-06-10T09:00:00Z", "2026-06-10T09:00:05Z");
		request("FAILED", "2026-06-10T10:00:00Z", "2026-06-10T10:00:05Z");
		request("DENIED", "2026-06-14T10:00:00Z", "2026-06-14T11:00:00Z");
		request("AWAITING_APPROVAL", "2026-06-15T08:00:00Z", "2026-06-15T08:00:00Z");
		request("SENT", "2026-01-10T09:00:00Z", "2026-01-10T09:00:05Z");
		long link = this.jdbc.sql("""
				INSERT INTO invite_link (code, code_key, custom_code, label, profile_id, approval_required,
				    allow_username, created_at, updated_at)
				VALUES ('abc', 'abc', FALSE, '=Cousins, all', 1, FALSE, TRUE, 0, 0) RETURNING id""")
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				INSERT INTO link_redemption (link_id, invitee_key, profile_id, status, created_at, updated_at)
				VALUES (:link, 'plex:1', 1, 'ACCEPTED', :at, :at), (:link, 'plex:2', 1, 'FAILED', :at, :at)""")
			.param("link", link)
			.param("at", Instant.parse("2026-06-12T20:00:00Z").toEpochMilli())
			.update();
		long person = this.jdbc.sql("""
				INSERT INTO person (name_key, state, origin, origin_ref, access_ends_at, joined_at, created_at,
				    updated_at)
				VALUES ('ann', 'ACCEPTED', 'REQUEST', :ref, :ends, :joined, :joined, :joined) RETURNING id""")
			.param("ref", sent)
			.param("ends", Instant.parse("2026-06-20T00:00:00Z").toEpochMilli())
			.param("joined", Instant.parse("2026-06-10T09:00:05Z").toEpochMilli())
			.query(Long.class)
			.single();
		this.jdbc.sql("INSERT INTO person_event (person_id, at, kind, actor) VALUES (:p, :at, 'ACCEPTED', 'sync')")
			.param("p", person)
			.param("at", Instant.parse("2026-06-10T12:00:00Z").toEpochMilli())
			.update();
	}

	private long request(String status, String created, String updated) {
		return this.jdbc.sql("""
				INSERT INTO invite_request (status_token, identifier, identifier_key, status, created_at, updated_at)
				VALUES (:token, :name, :name, :status, :created, :updated) RETURNING id""")
			.param("token", "t" + System.nanoTime())
			.param("name", "user" + System.nanoTime())
			.param("status", status)
			.param("created", Instant.parse(created).toEpochMilli())
			.param("updated", Instant.parse(updated).toEpochMilli())
			.query(Long.class)
			.single();
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).with(user("owner").roles("ADMIN")).exchange();
	}

	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void isTheOwnersOnly() {
		assertThat(this.mvc.get().uri("/admin/stats")).hasStatus3xxRedirection().hasRedirectedUrl("/admin/login");
		assertThat(this.mvc.get().uri("/admin/stats/requests.csv")).hasStatus3xxRedirection();
	}

	@Test
	void showsTheLastThirtyDaysWithEveryChartItsTableAndItsDownload() {
		MvcTestResult page = get("/admin/stats");

		assertThat(page).hasStatusOk();
		String html = body(page);
		assertThat(html).contains("value=\"2026-05-17\"", "value=\"2026-06-15\"",
				"Showing May 17, 2026 to Jun 15, 2026");
		for (String slug : new String[] { "requests", "outcomes", "acceptance", "links", "people", "expiring" }) {
			assertThat(html).contains("id=\"chart-" + slug + "\"",
					"href=\"/admin/stats/" + slug + ".csv?from=2026-05-17&amp;to=2026-06-15\"");
		}
		assertThat(html).containsPattern("src=\"/webjars/chart.js/[0-9.]*/?dist/chart.umd.js\"")
			.contains("/js/stats.js", "<caption>", "Requests and invites per day", "Median time to accept: 3.0 hours",
					"=Cousins, all", "aria-current=\"page\"", "href=\"/admin/stats\"");
		assertThat(html).contains("&quot;labels&quot;:[&quot;2026-05-17&quot;")
			.contains("{&quot;label&quot;:&quot;Invites sent&quot;,&quot;data&quot;:[")
			.doesNotContain("<script>");
		assertThat(html).containsPattern("Invited</th>\\s*<td class=\"text-end\">1</td>")
			.containsPattern("Failed</th>\\s*<td class=\"text-end\">1</td>")
			.containsPattern("Denied</th>\\s*<td class=\"text-end\">1</td>")
			.containsPattern("Waiting</th>\\s*<td class=\"text-end\">1</td>")
			.containsPattern("1 to 6 hours</th>\\s*<td class=\"text-end\">1</td>")
			.containsPattern("=Cousins, all</th>\\s*<td class=\"text-end\">2</td>\\s*<td class=\"text-end\">1</td>"
					+ "\\s*<td class=\"text-end\">1</td>");
	}

	@Test
	void servesChartJsFromOurOrigin() {
		assertThat(this.mvc.get().uri("/webjars/chart.js/dist/chart.umd.js")).hasStatusOk();
		assertThat(this.mvc.get().uri("/js/stats.js")).hasStatusOk();
	}

	@Test
	void answersARangeItCannotShowWith422AndTheReason() {
		MvcTestResult reversed = get("/admin/stats?from=2026-06-10&to=2026-06-01");
		assertThat(reversed).hasStatus(422);
		assertThat(body(reversed))
			.contains("The end date is before the start date", "value=\"2026-06-10\"", "aria-invalid=\"true\"",
					"role=\"alert\"")
			.doesNotContain("id=\"chart-requests\"");

		MvcTestResult long_ = get("/admin/stats?from=2020-01-01&to=2026-06-01");
		assertThat(long_).hasStatus(422);
		assertThat(body(long_)).contains("more than three years");

		MvcTestResult garbled = this.mvc.get()
			.uri("/admin/stats")
			.param("from", "<b>hi")
			.param("to", "2026-06-01")
			.with(user("owner").roles("ADMIN"))
			.exchange();
		assertThat(garbled).hasStatus(422);
		assertThat(body(garbled)).contains("year-month-day", "value=\"&lt;b&gt;hi\"").doesNotContain("<b>hi");
	}

	@Test
	void downloadsEachChartAsCsvWithFormulasNeutralised() {
		MvcTestResult requests = get("/admin/stats/requests.csv?from=2026-06-10&to=2026-06-11");
		assertThat(requests).hasStatusOk();
		assertThat(requests).headers()
			.hasValue("Content-Disposition", "attachment; filename=\"plex-invite-requests-2026-06-10-2026-06-11.csv\"");
		assertThat(requests.getResponse().getContentType()).startsWith("text/csv");
		assertThat(body(requests))
			.isEqualTo("\uFEFFDay (UTC),Requests,Invites sent\r\n2026-06-10,2,1\r\n2026-06-11,0,0\r\n");

		assertThat(body(get("/admin/stats/links.csv?from=2026-06-01&to=2026-06-15")))
			.isEqualTo("\uFEFFInvite link,Used,Shared,Accepted\r\n\"'=Cousins, all\",2,1,1\r\n");
		assertThat(body(get("/admin/stats/outcomes.csv"))).contains("Invited,1\r\n", "Waiting,1\r\n");
		assertThat(body(get("/admin/stats/expiring.csv"))).contains("2026-06-15,0\r\n", "2026-06-20,1\r\n")
			.doesNotContain("2026-07-15");
		assertThat(body(get("/admin/stats/people.csv?from=2026-06-09&to=2026-06-10")))
			.endsWith("2026-06-09,0\r\n2026-06-10,1\r\n");
	}

	@Test
	void refusesABadRangeAndAnUnknownChartInTheDownload() {
		MvcTestResult bad = get("/admin/stats/requests.csv?from=2026-06-10&to=2026-06-01");
		assertThat(bad).hasStatus(422);
		assertThat(body(bad)).contains("The end date is before the start date");
		assertThat(get("/admin/stats/secrets.csv")).hasStatus(404);
	}

	@Test
	void theDashboardLeadsHere() {
		assertThat(body(get("/admin"))).contains("href=\"/admin/stats\"", "More statistics");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		MutableClock statsClock() {
			return new MutableClock(NOW);
		}

	}

}
