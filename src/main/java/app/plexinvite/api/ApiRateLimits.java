package app.plexinvite.api;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * A token bucket per API key (Bucket4j, in memory): each limit of API_RATE_LIMIT fills
 * back gradually over its window, so a client that keeps to the rate is never refused and
 * a burst may use the whole count at once. Buckets live as long as the process; a key's
 * bucket is dropped when the key is revoked. Time comes from the injected Clock.
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

	private final Map<String, Bucket> failures = new ConcurrentHashMap<>();

	ApiRateLimits(ApiProperties properties, ObjectProvider<Clock> clock) {
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
	}

	/** Takes one call from the key's bucket. */
	Verdict take(long keyId) {
		ConsumptionProbe probe = this.buckets.computeIfAbsent(keyId, (id) -> newBucket())
			.tryConsumeAndReturnRemaining(1);
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
		this.buckets.remove(keyId);
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
		for (ApiProperties.Limit limit : this.limits) {
			builder.addLimit(Bandwidth.builder()
				.capacity(limit.count())
				.refillGreedy(limit.count(), limit.window())
				.initialTokens(limit.count())
				.build());
		}
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
