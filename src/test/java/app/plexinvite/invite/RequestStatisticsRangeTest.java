package app.plexinvite.invite;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.support.MutableClock;
import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics page's request counts on both databases: per UTC day (stored, and
 * invited by the day of the outcome), outcomes of the requests stored in a range, and
 * when requests were stored.
 */
class RequestStatisticsRangeTest {

	private static final LocalDate MAY_30 = LocalDate.parse("2026-05-30");

	@TempDir
	Path folder;

	private JdbcClient jdbc;

	private RequestStatistics statistics(String vendor) {
		DataSource dataSource = vendor.equals("sqlite") ? TestSqlite.dataSource(this.folder.resolve("r.db"))
				: TestPostgres.freshDatabase();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
		this.jdbc = JdbcClient.create(dataSource);
		var factory = new StaticListableBeanFactory();
		factory.addBean("clock", new MutableClock(Instant.parse("2026-06-01T10:00:00Z")));
		return new RequestStatistics(new RequestCounts(this.jdbc), factory.getBeanProvider(Clock.class));
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

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void countsRequestsByTheDayStoredAndInvitesByTheDayPlexAgreed(String vendor) {
		RequestStatistics statistics = statistics(vendor);
		request("SENT", "2026-05-29T23:59:59.999Z", "2026-05-30T00:00:00Z");
		request("SENT", "2026-05-30T00:00:00Z", "2026-05-31T12:00:00Z");
		request("ALREADY_SHARED", "2026-05-30T23:00:00Z", "2026-05-30T23:00:01Z");
		request("FAILED", "2026-05-31T08:00:00Z", "2026-05-31T08:00:01Z");
		request("QUEUED", "2026-06-01T00:00:00Z", "2026-06-01T00:00:00Z");

		List<RequestDay> days = statistics.perDay(MAY_30, LocalDate.parse("2026-05-31"));

		assertThat(days).containsExactly(new RequestDay(MAY_30, 2, 2),
				new RequestDay(LocalDate.parse("2026-05-31"), 1, 1));
		assertThat(statistics.perDay(LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-28"))).hasSize(28)
			.allMatch((day) -> day.requests() == 0 && day.invited() == 0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void countsTheOutcomesOfTheRequestsStoredInTheRange(String vendor) {
		RequestStatistics statistics = statistics(vendor);
		request("SENT", "2026-05-30T01:00:00Z", "2026-05-30T01:00:00Z");
		request("DENIED", "2026-05-30T02:00:00Z", "2026-06-01T01:00:00Z");
		request("CANCELLED", "2026-05-31T02:00:00Z", "2026-05-31T02:00:00Z");
		request("AWAITING_APPROVAL", "2026-05-31T23:59:59Z", "2026-05-31T23:59:59Z");
		request("FAILED", "2026-06-01T00:00:00Z", "2026-06-01T00:00:00Z");

		Map<RequestStatus, Long> outcomes = statistics.outcomes(MAY_30, LocalDate.parse("2026-05-31"));

		assertThat(outcomes).hasSize(RequestStatus.values().length)
			.containsEntry(RequestStatus.SENT, 1L)
			.containsEntry(RequestStatus.DENIED, 1L)
			.containsEntry(RequestStatus.CANCELLED, 1L)
			.containsEntry(RequestStatus.AWAITING_APPROVAL, 1L)
			.containsEntry(RequestStatus.FAILED, 0L);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void tellsWhenRequestsWereStoredInChunks(String vendor) {
		RequestStatistics statistics = statistics(vendor);
		long first = request("SENT", "2026-05-30T01:00:00Z", "2026-05-30T01:00:00Z");
		long second = request("SENT", "2026-05-31T01:00:00Z", "2026-05-31T01:00:00Z");
		List<Long> ids = new java.util.ArrayList<>(java.util.stream.LongStream.range(10_000, 11_200).boxed().toList());
		ids.add(first);
		ids.add(second);

		assertThat(statistics.storedAt(ids)).containsOnly(Map.entry(first, Instant.parse("2026-05-30T01:00:00Z")),
				Map.entry(second, Instant.parse("2026-05-31T01:00:00Z")));
	}

}
