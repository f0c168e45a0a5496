package app.plexinvite.users;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics page's reads of people on both databases: first acceptances in a range,
 * requests whose person accepted, access ending per day, and the stretches of time people
 * held a share, from their history.
 */
class PeopleStatisticsTests {

	@TempDir
	Path folder;

	private JdbcClient jdbc;

	private PeopleStatistics statistics(String vendor) {
		DataSource dataSource = vendor.equals("sqlite") ? TestSqlite.dataSource(this.folder.resolve("p.db"))
				: TestPostgres.freshDatabase();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
		this.jdbc = JdbcClient.create(dataSource);
		return new PeopleStatistics(this.jdbc);
	}

	private long person(String state, String origin, Long ref, String joined, String endsAt, String updated) {
		return this.jdbc.sql("""
				INSERT INTO person (name_key, state, origin, origin_ref, access_ends_at, joined_at, created_at,
				    updated_at)
				VALUES (:name, :state, :origin, :ref, :ends, :joined, :joined, :updated) RETURNING id""")
			.param("name", "p" + System.nanoTime())
			.param("state", state)
			.param("origin", origin)
			.param("ref", ref)
			.param("ends", (endsAt != null) ? Instant.parse(endsAt).toEpochMilli() : null)
			.param("joined", Instant.parse(joined).toEpochMilli())
			.param("updated", Instant.parse(updated).toEpochMilli())
			.query(Long.class)
			.single();
	}

	private void event(long person, String kind, String at) {
		this.jdbc.sql("INSERT INTO person_event (person_id, at, kind, actor) VALUES (:p, :at, :kind, 'test')")
			.param("p", person)
			.param("at", Instant.parse(at).toEpochMilli())
			.param("kind", kind)
			.update();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void findsFirstAcceptancesInTheRange(String vendor) {
		PeopleStatistics statistics = statistics(vendor);
		long ann = person("ACCEPTED", "REQUEST", 7L, "2026-05-01T10:00:00Z", null, "2026-05-02T10:00:00Z");
		event(ann, "SHARED", "2026-05-01T10:00:00Z");
		event(ann, "ACCEPTED", "2026-05-02T10:00:00Z");
		event(ann, "REVOKED", "2026-05-03T10:00:00Z");
		event(ann, "ACCEPTED", "2026-05-04T10:00:00Z");
		long bob = person("ACCEPTED", "LINK", 3L, "2026-04-30T10:00:00Z", null, "2026-04-30T10:00:00Z");
		event(bob, "ACCEPTED", "2026-04-30T10:00:00Z");
		person("PENDING", "REQUEST", 8L, "2026-05-01T10:00:00Z", null, "2026-05-01T10:00:00Z");

		List<Acceptance> found = statistics.acceptances(Instant.parse("2026-05-01T00:00:00Z"),
				Instant.parse("2026-05-05T00:00:00Z"));

		assertThat(found).containsExactly(new Acceptance(PersonOrigin.REQUEST, 7L,
				Instant.parse("2026-05-01T10:00:00Z"), Instant.parse("2026-05-02T10:00:00Z")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void tellsWhichRequestsPeopleAccepted(String vendor) {
		PeopleStatistics statistics = statistics(vendor);
		person("ACCEPTED", "REQUEST", 1L, "2026-05-01T10:00:00Z", null, "2026-05-01T10:00:00Z");
		long revoked = person("REVOKED", "REQUEST", 2L, "2026-05-01T10:00:00Z", null, "2026-05-05T10:00:00Z");
		event(revoked, "ACCEPTED", "2026-05-02T10:00:00Z");
		person("PENDING", "REQUEST", 3L, "2026-05-01T10:00:00Z", null, "2026-05-01T10:00:00Z");
		person("ACCEPTED", "LINK", 4L, "2026-05-01T10:00:00Z", null, "2026-05-01T10:00:00Z");

		assertThat(statistics.acceptedRequests(List.of(1L, 2L, 3L, 4L, 5L))).containsExactlyInAnyOrder(1L, 2L);
		assertThat(statistics.acceptedRequests(List.of())).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void countsAccessEndingPerDayForPeopleHoldingAShare(String vendor) {
		PeopleStatistics statistics = statistics(vendor);
		String joined = "2026-05-01T10:00:00Z";
		person("ACCEPTED", "REQUEST", null, joined, "2026-06-01T00:00:00Z", joined);
		person("PENDING", "LINK", null, joined, "2026-06-01T23:59:59Z", joined);
		person("ACCEPTED", "LINK", null, joined, "2026-06-02T08:00:00Z", joined);
		person("EXPIRED", "LINK", null, joined, "2026-06-02T08:00:00Z", joined);
		person("ACCEPTED", "LINK", null, joined, "2026-06-03T00:00:00Z", joined);
		person("ACCEPTED", "LINK", null, joined, null, joined);

		Map<Long, Long> ending = statistics.endingPerDay(Instant.parse("2026-06-01T00:00:00Z"),
				Instant.parse("2026-06-03T00:00:00Z"));

		long june1 = Instant.parse("2026-06-01T00:00:00Z").getEpochSecond() / 86_400;
		assertThat(ending).containsOnly(Map.entry(june1, 2L), Map.entry(june1 + 1, 1L));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void readsWhenPeopleHeldAShareFromTheirHistory(String vendor) {
		PeopleStatistics statistics = statistics(vendor);
		long ann = person("ACCEPTED", "REQUEST", null, "2026-05-01T00:00:00Z", null, "2026-05-09T00:00:00Z");
		event(ann, "SHARED", "2026-05-01T00:00:00Z");
		event(ann, "NOTE_CHANGED", "2026-05-02T00:00:00Z");
		event(ann, "REVOKED", "2026-05-03T00:00:00Z");
		event(ann, "ACCESS_GIVEN_AGAIN", "2026-05-05T00:00:00Z");
		person("EXPIRED", "REQUEST", null, "2026-05-02T00:00:00Z", null, "2026-05-04T00:00:00Z");

		AccessHistory history = new AccessHistory(statistics);

		assertThat(history.spans()).containsExactlyInAnyOrder(
				new AccessSpan(Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-05-03T00:00:00Z")),
				new AccessSpan(Instant.parse("2026-05-05T00:00:00Z"), null),
				new AccessSpan(Instant.parse("2026-05-02T00:00:00Z"), Instant.parse("2026-05-04T00:00:00Z")));
	}

	@Test
	void aShareEndsAndBeginsOnlyWhenItsHolderChanges() {
		var holder = new PeopleStatistics.Holder(1, Instant.parse("2026-05-01T00:00:00Z"), PersonState.GONE,
				Instant.parse("2026-05-20T00:00:00Z"));
		var changes = List.of(new PeopleStatistics.Change(Instant.parse("2026-05-01T00:00:00Z"), true),
				new PeopleStatistics.Change(Instant.parse("2026-05-02T00:00:00Z"), true),
				new PeopleStatistics.Change(Instant.parse("2026-05-10T00:00:00Z"), false),
				new PeopleStatistics.Change(Instant.parse("2026-05-11T00:00:00Z"), false),
				new PeopleStatistics.Change(Instant.parse("2026-05-12T00:00:00Z"), true),
				new PeopleStatistics.Change(Instant.parse("2026-05-15T00:00:00Z"), false));

		assertThat(AccessHistory.spans(holder, changes)).containsExactly(
				new AccessSpan(Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-05-10T00:00:00Z")),
				new AccessSpan(Instant.parse("2026-05-12T00:00:00Z"), Instant.parse("2026-05-15T00:00:00Z")));
		var backfilled = new PeopleStatistics.Holder(2, Instant.parse("2026-05-01T00:00:00Z"), PersonState.REVOKED,
				Instant.parse("2026-05-20T00:00:00Z"));
		assertThat(AccessHistory.spans(backfilled, List.of())).containsExactly(
				new AccessSpan(Instant.parse("2026-05-01T00:00:00Z"), Instant.parse("2026-05-20T00:00:00Z")));
	}

}
