package app.plexinvite.jobs;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.FutureTask;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.plexinvite.support.Eventually;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A job runs once per cluster (two ClusterJobs on one database, as two instances), every
 * round is counted by outcome, and shutdown lets claimed work finish within its bound,
 * then releases what is still claimed.
 */
class ClusterJobsTests {

	@TempDir
	Path folder;

	private DataSource database;

	private final MeterRegistry meters = new SimpleMeterRegistry();

	@BeforeEach
	void migrate() {
		this.database = TestSqlite.dataSource(this.folder.resolve("jobs.db"));
		Flyway.configure().dataSource(this.database).locations("classpath:db/migration/sqlite").load().migrate();
	}

	private ClusterJobs instance(MeterRegistry registry, Duration drain) {
		ClusterJobs jobs = new ClusterJobs(new SchedulerLockConfiguration().lockProvider(this.database), registry,
				drain);
		jobs.start();
		return jobs;
	}

	private double runs(MeterRegistry registry, String job, String outcome) {
		var counter = registry.find(ClusterJobs.RUNS).tag("job", job).tag("outcome", outcome).counter();
		return (counter != null) ? counter.count() : 0;
	}

	@Test
	void runsAJobOncePerClusterAndCountsTheOtherInstancesAttemptAsLocked() {
		MeterRegistry otherMeters = new SimpleMeterRegistry();
		ClusterJobs here = instance(this.meters, Duration.ofSeconds(1));
		ClusterJobs there = instance(otherMeters, Duration.ofSeconds(1));
		AtomicBoolean ranThere = new AtomicBoolean();

		boolean ranHere = here.once("people-sync", Duration.ofMinutes(5),
				() -> assertThat(there.once("people-sync", Duration.ofMinutes(5), () -> ranThere.set(true))).isFalse());

		assertThat(ranHere).isTrue();
		assertThat(ranThere).isFalse();
		assertThat(runs(this.meters, "people-sync", "ran")).isEqualTo(1);
		assertThat(runs(otherMeters, "people-sync", "locked")).isEqualTo(1);
		assertThat(this.meters.find(ClusterJobs.DURATION).tag("job", "people-sync").timer().count()).isEqualTo(1);
		assertThat(there.once("people-sync", Duration.ofMinutes(5), () -> ranThere.set(true))).as("lock freed")
			.isTrue();
		assertThat(ranThere).isTrue();
	}

	@Test
	void countsAFailedRoundAndFreesItsLock() {
		ClusterJobs jobs = instance(this.meters, Duration.ofSeconds(1));

		boolean ran = jobs.once("people-expiry", Duration.ofMinutes(5), () -> {
			throw new IllegalStateException("plex.tv is down");
		});

		assertThat(ran).isTrue();
		assertThat(runs(this.meters, "people-expiry", "failed")).isEqualTo(1);
		assertThat(jobs.once("people-expiry", Duration.ofMinutes(5), () -> {
		})).isTrue();
		assertThat(runs(this.meters, "people-expiry", "ran")).isEqualTo(1);
	}

	@Test
	void letsClaimedWorkFinishOnShutdownAndStartsNothingNew() throws Exception {
		ClusterJobs jobs = instance(this.meters, Duration.ofSeconds(30));
		List<List<Long>> released = new CopyOnWriteArrayList<>();
		WorkInFlight<Long> work = jobs.inFlight("invite-pipeline", released::add);
		assertThat(work.begin(7L)).isTrue();
		assertThat(work.begin(7L)).as("held here already").isFalse();

		FutureTask<Void> stopped = new FutureTask<>(jobs::stop, null);
		Thread.ofPlatform().start(stopped);
		Eventually.until("shutdown began", Duration.ofSeconds(10), jobs::stopping);
		assertThat(work.begin(8L)).as("no new claim while stopping").isFalse();
		assertThat(jobs.everywhere("invite-pipeline", () -> {
		})).isFalse();
		assertThat(stopped).isNotDone();
		work.end(7L);

		stopped.get(10, TimeUnit.SECONDS);
		assertThat(released).isEmpty();
		assertThat(jobs.isRunning()).isFalse();
	}

	@Test
	void releasesWhatIsStillClaimedOnceTheBoundPassed() {
		ClusterJobs jobs = instance(this.meters, Duration.ofMillis(200));
		List<List<Long>> released = new CopyOnWriteArrayList<>();
		WorkInFlight<Long> work = jobs.inFlight("invite-pipeline", released::add);
		work.begin(7L);
		work.begin(9L);
		work.end(9L);

		jobs.stop();

		assertThat(released).containsExactly(List.of(7L));
	}

	/**
	 * The test framework stops a context it keeps while another one runs, and starts it
	 * again when a test needs it: the workers must claim again then.
	 */
	@Test
	void startedAgainAfterAStopItClaimsAndRunsAgain() {
		ClusterJobs jobs = instance(this.meters, Duration.ofMillis(200));
		WorkInFlight<Long> work = jobs.inFlight("mail-outbox", (left) -> {
		});
		jobs.stop();
		assertThat(work.begin(1L)).isFalse();

		jobs.start();

		assertThat(jobs.stopping()).isFalse();
		assertThat(work.begin(1L)).isTrue();
		assertThat(jobs.everywhere("mail-outbox", () -> {
		})).isTrue();
	}

}
