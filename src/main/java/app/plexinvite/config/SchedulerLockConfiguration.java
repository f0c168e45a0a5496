package app.plexinvite.config;

import java.sql.SQLException;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Scheduled jobs annotated with {@code @SchedulerLock} run once at a time, in this
 * instance and across instances sharing the database: ShedLock keeps a row per job in the
 * {@code shedlock} table (migration V9). Lock times come from this machine's clock, which
 * works on SQLite and PostgreSQL alike.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulerLockConfiguration {

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
