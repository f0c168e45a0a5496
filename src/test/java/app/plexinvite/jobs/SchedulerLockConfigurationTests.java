package app.plexinvite.jobs;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ShedLock on both databases: a job's row that is there already (every restart: each
 * process inserts it the first time) still locks, and a held lock keeps another process
 * out.
 */
class SchedulerLockConfigurationTests {

	@TempDir
	Path folder;

	private DataSource migrated(String vendor) {
		DataSource dataSource = vendor.equals("sqlite") ? TestSqlite.dataSource(this.folder.resolve("lock.db"))
				: TestPostgres.freshDatabase();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
		return dataSource;
	}

	private static Optional<SimpleLock> lock(LockProvider provider) {
		return provider.lock(new LockConfiguration(Instant.now(), "people-sync", Duration.ofMinutes(5), Duration.ZERO));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void locksAgainAfterARestartWhenTheJobsRowIsThereAlready(String vendor) {
		DataSource dataSource = migrated(vendor);
		LockProvider firstRun = new SchedulerLockConfiguration().lockProvider(dataSource);
		lock(firstRun).orElseThrow().unlock();

		LockProvider afterRestart = new SchedulerLockConfiguration().lockProvider(dataSource);
		Optional<SimpleLock> again = lock(afterRestart);

		assertThat(again).isPresent();
		assertThat(lock(new SchedulerLockConfiguration().lockProvider(dataSource))).as("held elsewhere").isEmpty();
		again.get().unlock();
		assertThat(lock(firstRun)).isPresent();
	}

}
