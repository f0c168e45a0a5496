package app.plexinvite.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import app.plexinvite.jdbc.Database;

/**
 * A token bucket per API key (Bucket4j): each limit of API_RATE_LIMIT fills back
 * gradually over its window, so a client that keeps to the rate is never refused and a
 * burst may use the whole count at once. On SQLite the buckets are in memory and live as
 * long as the process; on PostgreSQL they are rows of {@code api_rate_limit_bucket}
 * (Bucket4j's PostgreSQL backend, select for update), shared by every instance and
 * deleted once full again. A key's bucket is dropped when the key is revoked. A stored
 * bucket keeps the limits it was made with until it is full again (a changed
 * API_RATE_LIMIT applies from then). Time comes from the injected Clock. Wrong keys are
 * counted per instance, in memory.
 */
@Component
@EnableConfigurationProperties(ApiProperties.class)
class ApiRateLimits {

	/** Calls with a wrong or revoked key one client address may make a minute. */
	static final int FAILURES_PER_MINUTE = 20;

	static final int MAX_CLIENTS = 10_000;

	private final List<ApiProperties.Limit> limits;

	private final TimeMeter time;

	private final Map<Long, Bucket> buckets = new ConcurrentHashMap<>();

	/** The shared buckets on PostgreSQL; null on SQLite. */
	private final PostgreSQLSelectForUpdateBasedProxyManager<Long> shared;

	private final AtomicLong nextCleanup = new AtomicLong();

	private final Map<String, Bucket> failures = new ConcurrentHashMap<>();

	ApiRateLimits(ApiProperties properties, ObjectProvider<Clock> clock, DataSource dataSource) {
		this.limits = properties.limits();
		Clock source = clock.getIfAvailable(Clock::systemUTC);
		this.time = new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				return source.millis() * 1_000_000;
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
		this.shared = Database.of(dataSource).shared() ? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.table("api_rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.clientClock(this.time)
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build() : null;
	}

	/** Takes one call from the key's bucket. */
	Verdict take(long keyId) {
		ConsumptionProbe probe = bucket(keyId).tryConsumeAndReturnRemaining(1);
		ApiProperties.Limit tightest = this.limits.stream()
			.min(Comparator.comparingDouble((limit) -> limit.count() / (double) limit.window().toSeconds()))
			.orElseThrow();
		long waitSeconds = (probe.getNanosToWaitForRefill() + 999_999_999) / 1_000_000_000;
		return new Verdict(probe.isConsumed(), tightest.count(), probe.getRemainingTokens(), Math.max(1, waitSeconds),
				tightest.window());
	}

	/**
	 * Takes one wrong key from the client's allowance of {@value #FAILURES_PER_MINUTE} a
	 * minute; false when it is spent. At most {@value #MAX_CLIENTS} clients are
	 * remembered (then all are forgotten at once: a flood costs memory, never a lock-out
	 * of the right key).
	 */
	boolean takeFailure(String client) {
		if (this.failures.size() >= MAX_CLIENTS) {
			this.failures.clear();
		}
		return this.failures.computeIfAbsent(client, (address) -> failureBucket()).tryConsume(1);
	}

	void forget(long keyId) {
		if (this.shared != null) {
			this.shared.removeProxy(keyId);
		}
		this.buckets.remove(keyId);
	}

	private Bucket bucket(long keyId) {
		if (this.shared == null) {
			return this.buckets.computeIfAbsent(keyId, (id) -> newBucket());
		}
		long now = this.time.currentTimeNanos() / 1_000_000;
		long due = this.nextCleanup.get();
		if (now >= due && this.nextCleanup.compareAndSet(due, now + Duration.ofMinutes(1).toMillis())) {
			this.shared.removeExpired(1000);
		}
		return this.shared.builder().build(keyId, this::configuration);
	}

	private BucketConfiguration configuration() {
		var builder = BucketConfiguration.builder();
		this.limits.forEach((limit) -> builder.addLimit(bandwidth(limit)));
		return builder.build();
	}

	private static Bandwidth bandwidth(ApiProperties.Limit limit) {
		return Bandwidth.builder()
			.capacity(limit.count())
			.refillGreedy(limit.count(), limit.window())
			.initialTokens(limit.count())
			.build();
	}

	private Bucket failureBucket() {
		return Bucket.builder()
			.withCustomTimePrecision(this.time)
			.addLimit(Bandwidth.builder()
				.capacity(FAILURES_PER_MINUTE)
				.refillGreedy(FAILURES_PER_MINUTE, Duration.ofMinutes(1))
				.initialTokens(FAILURES_PER_MINUTE)
				.build())
			.build();
	}

	private Bucket newBucket() {
		var builder = Bucket.builder().withCustomTimePrecision(this.time);
		this.limits.forEach((limit) -> builder.addLimit(bandwidth(limit)));
		return builder.build();
	}

	/**
	 * What the bucket said.
	 *
	 * @param allowed whether the call may go on
	 * @param limit the count of the tightest limit
	 * @param remaining calls left now
	 * @param retryAfterSeconds when refused, how long until a call is allowed again
	 * @param window the tightest limit's window
	 */
	record Verdict(boolean allowed, int limit, long remaining, long retryAfterSeconds, Duration window) {
	}

}
