package app.plexinvite.jdbc;

import java.time.Duration;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Puts the SQLite connection pool behind a {@link SqliteTransactionGate}; PostgreSQL's
 * pool stays as it is.
 */
@Component
class SqliteGateInstaller implements BeanPostProcessor {

	/** How long a transaction waits for its turn before it gives up (as a pool would). */
	static final Duration PATIENCE = Duration.ofSeconds(30);

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
				&& pool.getJdbcUrl().startsWith("jdbc:sqlite:")) {
			return new SqliteTransactionGate(pool, PATIENCE);
		}
		return bean;
	}

}
