package app.plexinvite.security;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * Requests refused because a limit was reached, counted by limit
 * ({@code plexinvite_rate_limit_rejections_total{limit}} on /actuator/prometheus). Every
 * limit's counter exists from the start, so a rate over it reads 0 rather than nothing.
 */
public final class RateLimitRejections {

	static final String METER = "plexinvite.rate.limit.rejections";

	/** The limits, named after their settings where they have one. */
	public enum Limit {

		/** RATE_LIMIT_INVITE: one client's invite requests. */
		INVITE,

		/** RATE_LIMIT_INVITE_TOTAL: every client's invite requests together. */
		INVITE_TOTAL,

		/** RATE_LIMIT_DEFAULT: one client's other public requests. */
		PUBLIC,

		/** Failed sign-ins from one client for one name (a lock-out). */
		SIGN_IN,

		/** Wrong sign-in codes or passwords from a signed-in session. */
		SECOND_FACTOR,

		/** API_RATE_LIMIT: one API key's calls. */
		API_KEY,

		/** Calls with a wrong API key from one client. */
		API_WRONG_KEY;

		String tag() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	private final Map<Limit, Counter> counters = new EnumMap<>(Limit.class);

	public RateLimitRejections(MeterRegistry registry) {
		for (Limit limit : Limit.values()) {
			this.counters.put(limit,
					Counter.builder(METER)
						.description("Requests refused because a rate limit was reached")
						.tag("limit", limit.tag())
						.register(registry));
		}
	}

	/** Counts nothing anyone reads: for objects made outside the application. */
	static RateLimitRejections uncounted() {
		return new RateLimitRejections(new SimpleMeterRegistry());
	}

	public void rejected(Limit limit) {
		this.counters.get(limit).increment();
	}

	/** The limiter's answer unchanged, counted when it is a wait (a rejection). */
	<T> Optional<T> counted(Limit limit, Optional<T> wait) {
		wait.ifPresent((ignored) -> rejected(limit));
		return wait;
	}

}
