package app.plexinvite.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Failed sign-ins. After {@value #CLIENT_FAILURES} failures in {@link #WINDOW} from one
 * client for one name, that client is locked out of that name until the oldest of them is
 * {@link #WINDOW} old. Failures for one name from all clients together slow every attempt
 * on it by {@link #STEP} for each failure beyond {@value #FREE_FAILURES}, at most
 * {@link #MAX_DELAY}: an attacker with many addresses is slowed, the owner is never
 * locked out for good. Names the owner does not have are treated exactly alike, so
 * nothing tells whether a name exists.
 */
final class LoginThrottle {

	static final int CLIENT_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final int FREE_FAILURES = 5;

	static final Duration STEP = Duration.ofMillis(250);

	static final Duration MAX_DELAY = Duration.ofSeconds(3);

	private static final int MAX_KEYS = 10_000;

	/**
	 * Wrong sign-in codes, and wrong codes or passwords from a signed-in session (turning
	 * two-step sign-in off, changing the password), per owner from every client together:
	 * a right password does not clear them, so signing in again does not buy more
	 * guesses.
	 */
	static final int SECOND_FACTOR_FAILURES = 10;

	/**
	 * No owner name is longer (ADMIN_USERNAME and set-up allow 100 characters), so longer
	 * names are counted by this many characters: a stranger's megabyte-long names cannot
	 * fill the remembered keys with megabytes each.
	 */
	static final int LONGEST_NAME = 100;

	private final RateLimiter clientFailures;

	private final RateLimiter accountFailures;

	private final RateLimiter secondFactorFailures;

	private final RateLimitRejections rejections;

	LoginThrottle(Clock clock) {
		this(clock, RateLimitRejections.uncounted());
	}

	LoginThrottle(Clock clock, RateLimitRejections rejections) {
		this(RateLimiters.inMemory(clock), rejections);
	}

	LoginThrottle(RateLimiters limiters) {
		this(limiters, RateLimitRejections.uncounted());
	}

	/** On PostgreSQL the limiters are shared: failures count on every instance. */
	LoginThrottle(RateLimiters limiters, RateLimitRejections rejections) {
		this.rejections = rejections;
		this.secondFactorFailures = limiters.create("second-factor-failures",
				List.of(new RateLimit(SECOND_FACTOR_FAILURES, WINDOW)), MAX_KEYS);
		this.clientFailures = limiters.create("sign-in-client-failures",
				List.of(new RateLimit(CLIENT_FAILURES, WINDOW)), MAX_KEYS);
		int counted = FREE_FAILURES + (int) MAX_DELAY.dividedBy(STEP);
		this.accountFailures = limiters.create("sign-in-name-failures", List.of(new RateLimit(counted, WINDOW)),
				MAX_KEYS);
	}

	boolean lockedOut(String client, String username) {
		return this.rejections
			.counted(RateLimitRejections.Limit.SIGN_IN, this.clientFailures.waitFor(key(client, username)))
			.isPresent();
	}

	/** How long to wait before checking a password for this name. */
	Duration delayFor(String username) {
		int beyond = this.accountFailures.recent(normalise(username)) - FREE_FAILURES;
		return (beyond <= 0) ? Duration.ZERO : STEP.multipliedBy(beyond);
	}

	void failed(String client, String username) {
		this.clientFailures.record(key(client, username));
		this.accountFailures.record(normalise(username));
	}

	void succeeded(String client, String username) {
		this.clientFailures.forget(key(client, username));
	}

	/**
	 * Counts one guess of a code (or, from a signed-in session, of the password) for this
	 * owner before it is checked, so parallel guesses cannot slip past the limit; false
	 * when the limit is reached and the guess must not be checked.
	 */
	boolean tryGuess(String username) {
		return this.rejections
			.counted(RateLimitRejections.Limit.SECOND_FACTOR, this.secondFactorFailures.tryAcquire(normalise(username)))
			.isEmpty();
	}

	/** A right guess: the owner's count starts again. */
	void guessedRight(String username) {
		this.secondFactorFailures.forget(normalise(username));
	}

	private static String key(String client, String username) {
		return client + " " + normalise(username);
	}

	private static String normalise(String username) {
		String name = username.strip();
		if (name.length() > LONGEST_NAME) {
			name = name.substring(0, LONGEST_NAME) + "…";
		}
		return name.toLowerCase(Locale.ROOT);
	}

}
