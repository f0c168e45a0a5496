package app.plexinvite.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one-time codes that open first-run set-up. Each instance issues a new one at each
 * start while set-up is incomplete and prints it in its log, never in a page. The codes
 * are shared through the database (table setup_code, SHA-256 hashes only), so any
 * instance accepts a code printed by any instance: a new start replaces the code this
 * instance printed before, and completing set-up removes them all. Wrong codes are
 * throttled like sign-ins ({@link LoginThrottle}): after 5 wrong ones in 15 minutes that
 * client waits.
 */
public final class SetupCodes {

	private static final Logger log = LoggerFactory.getLogger(SetupCodes.class);

	/** The throttle's "account" for set-up codes: not a name anyone can sign in with. */
	private static final String THROTTLE_NAME = " setup-code";

	/** The hash of the code this instance printed last, replaced at its next issue. */
	private final AtomicReference<String> issuedHere = new AtomicReference<>();

	private final SecureRandom random = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final LoginThrottle throttle;

	/** Where set-up is, as the log names it (under BASE_PATH). */
	private final String setupPath;

	SetupCodes(JdbcClient jdbc, Clock clock) {
		this(jdbc, clock, "/setup", new LoginThrottle(clock));
	}

	/**
	 * With the application's sign-in throttle: on PostgreSQL wrong codes count on every
	 * instance.
	 */
	SetupCodes(JdbcClient jdbc, Clock clock, String setupPath, LoginThrottle throttle) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.throttle = throttle;
		this.setupPath = setupPath;
	}

	/**
	 * Makes a new code, replacing the one this instance issued before (codes of other
	 * instances stay valid), and prints it in the log.
	 */
	public void issue() {
		SetupCode code = issueCode();
		log.warn("""

				==================================================================
				  Plex Invite needs setting up. Open {} in your browser and
				  enter this one-time set-up code: {}
				  (a new code is printed at every start until set-up is done)
				==================================================================""", this.setupPath, code.readable());
	}

	SetupCode issueCode() {
		SetupCode code = SetupCode.random(this.random);
		this.jdbc.sql("INSERT INTO setup_code (code_hash, created_at) VALUES (:hash, :now)")
			.param("hash", code.hash())
			.param("now", this.clock.millis())
			.update();
		String earlier = this.issuedHere.getAndSet(code.hash());
		if (earlier != null) {
			this.jdbc.sql("DELETE FROM setup_code WHERE code_hash = :hash").param("hash", earlier).update();
		}
		return code;
	}

	/** Ends set-up: no code opens it any more, on any instance. */
	public void retire() {
		this.jdbc.sql("DELETE FROM setup_code").update();
		this.issuedHere.set(null);
	}

	/**
	 * Checks a typed code from this request's client. The lookup compares SHA-256 hashes,
	 * so its timing tells nothing useful about a code.
	 */
	public Check check(HttpServletRequest request, String typed) {
		String client = ClientAddress.of(request);
		if (this.throttle.lockedOut(client, THROTTLE_NAME)) {
			return Check.LOCKED_OUT;
		}
		if (valid(typed)) {
			this.throttle.succeeded(client, THROTTLE_NAME);
			return Check.ACCEPTED;
		}
		this.throttle.failed(client, THROTTLE_NAME);
		return this.throttle.lockedOut(client, THROTTLE_NAME) ? Check.LOCKED_OUT : Check.WRONG;
	}

	private boolean valid(String typed) {
		return this.jdbc.sql("SELECT COUNT(*) FROM setup_code WHERE code_hash = :hash")
			.param("hash", SetupCode.hashOf(typed))
			.query(Integer.class)
			.single() > 0;
	}

	/** What a typed set-up code opened. */
	public enum Check {

		/** The code is right: set-up may continue. */
		ACCEPTED,

		/**
		 * Not a code printed in a log (or set-up is complete and no code is valid).
		 */
		WRONG,

		/** Too many wrong codes from this client: it waits 15 minutes. */
		LOCKED_OUT

	}

}
