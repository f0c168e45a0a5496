package app.plexinvite.links;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics page's link counts on both databases: per link, the redemptions of a
 * range and how far they came; shares made at sign-in per UTC day.
 */
class LinkConversionTests {

	private static final Instant FROM = Instant.parse("2026-05-01T00:00:00Z");

	private static final Instant TO = Instant.parse("2026-05-03T00:00:00Z");

	@TempDir
	Path folder;

	private JdbcClient jdbc;

	private InviteLinks links(String vendor) {
		LinksFixture fixture = new LinksFixture(vendor, this.folder);
		this.jdbc = JdbcClient.create(fixture.dataSource);
		return fixture.inviteLinks;
	}

	private long link(String label) {
		return this.jdbc.sql("""
				INSERT INTO invite_link (code, code_key, custom_code, label, profile_id, approval_required,
				    allow_username, created_at, updated_at)
				VALUES (:code, :code, FALSE, :label, 1, FALSE, TRUE, 0, 0) RETURNING id""")
			.param("code", "code-" + label.hashCode())
			.param("label", label)
			.query(Long.class)
			.single();
	}

	private long request() {
		return this.jdbc.sql("""
				INSERT INTO invite_request (status_token, identifier, identifier_key, status, created_at, updated_at)
				VALUES (:token, :name, :name, 'SENT', 0, 0) RETURNING id""")
			.param("token", "t" + System.nanoTime())
			.param("name", "n" + System.nanoTime())
			.query(Long.class)
			.single();
	}

	private void redemption(long link, String status, Long request, String at) {
		this.jdbc
			.sql("""
					INSERT INTO link_redemption (link_id, invitee_key, profile_id, status, request_id, created_at, updated_at)
					VALUES (:link, :key, 1, :status, :request, :at, :at)""")
			.param("link", link)
			.param("key", "plex:" + System.nanoTime())
			.param("status", status)
			.param("request", request)
			.param("at", Instant.parse(at).toEpochMilli())
			.update();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void countsRedemptionsSharesAndAcceptancesPerLinkInTheRange(String vendor) {
		InviteLinks links = links(vendor);
		long family = link("Family");
		long club = link("=Club");
		long typed = request();
		redemption(family, "ACCEPTED", null, "2026-05-01T00:00:00Z");
		redemption(family, "ACCEPTED", null, "2026-05-01T10:00:00Z");
		redemption(family, "SHARED", typed, "2026-05-02T10:00:00Z");
		redemption(family, "FAILED", null, "2026-05-02T11:00:00Z");
		redemption(family, "ACCEPTED", null, "2026-05-03T00:00:00Z");
		redemption(club, "RESERVED", null, "2026-05-02T23:59:59Z");
		redemption(club, "SHARED", null, "2026-04-30T23:59:59Z");
		this.jdbc.sql("UPDATE invite_link SET deleted_at = 5 WHERE id = :id").param("id", club).update();

		List<LinkConversion> conversion = links.conversion(FROM, TO);

		assertThat(conversion).containsExactly(new LinkConversion(family, "Family", false, 4, 3, 2, List.of(typed)),
				new LinkConversion(club, "=Club", true, 1, 0, 0, List.of()));
		assertThat(links.conversion(TO, TO.plusSeconds(86_400))).extracting(LinkConversion::redemptions)
			.containsExactly(1L);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void countsSharesMadeAtSignInPerDayLeavingRequestsToTheRequestCounts(String vendor) {
		InviteLinks links = links(vendor);
		long family = link("Family");
		redemption(family, "ACCEPTED", null, "2026-05-01T00:00:00Z");
		redemption(family, "SHARED", null, "2026-05-01T23:59:59Z");
		redemption(family, "SHARED", request(), "2026-05-01T12:00:00Z");
		redemption(family, "FAILED", null, "2026-05-02T12:00:00Z");
		redemption(family, "ACCEPTED", null, "2026-05-02T12:00:00Z");
		redemption(family, "ACCEPTED", null, "2026-05-03T12:00:00Z");

		Map<Long, Long> days = links.sharedAtSignInPerDay(FROM, TO);

		long first = FROM.getEpochSecond() / 86_400;
		assertThat(days).containsOnly(Map.entry(first, 2L), Map.entry(first + 1, 1L));
	}

}
