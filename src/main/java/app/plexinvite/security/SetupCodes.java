package app.plexinvite.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one-time code that opens first-run set-up. A new one is issued at each start while
 * set-up is incomplete and printed in the log, never shown in a page. Wrong codes are
 * throttled like sign-ins ({@link LoginThrottle}): after 5 wrong ones in 15 minutes that
 * client waits.
 */
public final class SetupCodes {

	private static final Logger log = LoggerFactory.getLogger(SetupCodes.class);

	/** The throttle's "account" for set-up codes: not a name anyone can sign in with. */
	private static final String THROTTLE_NAME = " setup-code";

	private final AtomicReference<SetupCode> current = new AtomicReference<>();

	private final SecureRandom random = new SecureRandom();

	private final LoginThrottle throttle;

	/** Where set-up is, as the log names it (under BASE_PATH). */
	private final String setupPath;

	SetupCodes(Clock clock) {
		this(clock, "/setup");
	}

	SetupCodes(Clock clock, String setupPath) {
		this.throttle = new LoginThrottle(clock);
		this.setupPath = setupPath;
	}

	/** Makes a new code, replacing any earlier one, and prints it in the log. */
	public void issue() {
		SetupCode code = SetupCode.random(this.random);
		this.current.set(code);
		log.warn("""

				==================================================================
				  Plex Invite needs setting up. Open {} in your browser and
				  enter this one-time set-up code: {}
				  (a new code is printed at every start until set-up is done)
				==================================================================""", this.setupPath, code.readable());
	}

	/** Ends set-up: no code opens it any more. */
	public void retire() {
		this.current.set(null);
	}

	/** Checks a typed code from this request's client. */
	public Check check(HttpServletRequest request, String typed) {
		String client = ClientAddress.of(request);
		if (this.throttle.lockedOut(client, THROTTLE_NAME)) {
			return Check.LOCKED_OUT;
		}
		SetupCode code = this.current.get();
		if (code != null && code.matches(typed)) {
			this.throttle.succeeded(client, THROTTLE_NAME);
			return Check.ACCEPTED;
		}
		this.throttle.failed(client, THROTTLE_NAME);
		return this.throttle.lockedOut(client, THROTTLE_NAME) ? Check.LOCKED_OUT : Check.WRONG;
	}

	/** What a typed set-up code opened. */
	public enum Check {

		/** The code is right: set-up may continue. */
		ACCEPTED,

		/**
		 * Not the code printed in the log (or set-up is complete and no code is valid).
		 */
		WRONG,

		/** Too many wrong codes from this client: it waits 15 minutes. */
		LOCKED_OUT

	}

}
