package app.plexinvite.jobs;

import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * The lock behind {@link ClusterJobs#once}: ShedLock keeps a row per job in the
 * {@code shedlock} table (migration V9), so a job runs once at a time, in this instance
 * and across instances sharing the database. Lock times come from this machine's clock,
 * which works on SQLite and PostgreSQL alike.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerLockConfiguration {

	/** Spring Boot's default for spring.lifecycle.timeout-per-shutdown-phase. */
	private static final Duration SHUTDOWN_PHASE = Duration.ofSeconds(30);

	/**
	 * The jobs, with spring.lifecycle.timeout-per-shutdown-phase as the bound of the
	 * shutdown's drain (meters in Micrometer's registry, the actuator's).
	 */
	@Bean
	ClusterJobs clusterJobs(LockProvider lockProvider, ObjectProvider<MeterRegistry> meters, Environment environment) {
		Duration drain = Binder.get(environment)
			.bind("spring.lifecycle.timeout-per-shutdown-phase", Duration.class)
			.orElse(SHUTDOWN_PHASE);
		return new ClusterJobs(lockProvider, meters.getIfAvailable(SimpleMeterRegistry::new), drain);
	}

	/** SQLite's result code for a violated constraint (SQLITE_CONSTRAINT). */
	private static final int SQLITE_CONSTRAINT = 19;

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		JdbcTemplate jdbc = new JdbcTemplate(dataSource);
		jdbc.setExceptionTranslator(new SqliteUniqueTranslator(new SQLErrorCodeSQLExceptionTranslator(dataSource)));
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(jdbc)
			.withTableName("shedlock")
			.build());
	}

	/**
	 * ShedLock inserts a job's row the first time the job locks in a process; when the
	 * row is there already (every restart) it expects a DuplicateKeyException and updates
	 * the row instead. Spring does not categorise SQLite's unique violations, and
	 * ShedLock treats any other exception as a failure to lock (the job would not run,
	 * with an error logged), so they are translated here.
	 */
	static final class SqliteUniqueTranslator implements SQLExceptionTranslator {

		private final SQLExceptionTranslator fallback;

		SqliteUniqueTranslator(SQLExceptionTranslator fallback) {
			this.fallback = fallback;
		}

		@Override
		public DataAccessException translate(String task, String sql, SQLException ex) {
			if ((ex.getErrorCode() & 0xff) == SQLITE_CONSTRAINT && String.valueOf(ex.getMessage()).contains("UNIQUE")) {
				return new DuplicateKeyException(task + ": " + ex.getMessage(), ex);
			}
			return this.fallback.translate(task, sql, ex);
		}

	}

}
