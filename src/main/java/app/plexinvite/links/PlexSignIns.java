package app.plexinvite.links;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import app.plexinvite.invite.InviteeLanguage;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexException;
import app.plexinvite.plex.PlexPin;
import app.plexinvite.plex.PlexToken;

/**
 * The invitees' Plex sign-ins (plex-protocol.md §10): a PIN per attempt, polled by
 * {@link #poll()} about every second while it waits and until it expires (§10c: 1 s like
 * PPA, OVR, WIZ). Attempts live in the database ({@link SignInAttempts}) for half an
 * hour, so any instance answers the browser; one instance per round polls. Once approved,
 * the instance that moved the attempt from WAITING to JOINING (a conditional update: only
 * one can) runs the join on its own (virtual) thread with the token, which stays in its
 * memory and is dropped afterwards.
 */
@Component
class PlexSignIns {

	static final Duration KEPT = Duration.ofMinutes(30);

	static final int MAX_ATTEMPTS = 5_000;

	static final Duration RATE_LIMITED_PAUSE = Duration.ofSeconds(10);

	/**
	 * A join still running after this long was lost with its instance (killed or stopped
	 * mid-join): the person is asked to try again, which the join handles (the same
	 * person coming back takes no second use, an existing share is updated).
	 */
	static final Duration JOIN_LOST_AFTER = Duration.ofMinutes(10);

	static final Duration CLEANUP_EVERY = Duration.ofMinutes(1);

	private static final Logger log = LoggerFactory.getLogger(PlexSignIns.class);

	private final SecureRandom random = new SecureRandom();

	private final PlexClient plex;

	private final JoinService joins;

	private final InviteLinks links;

	private final SignInAttempts attempts;

	private final Clock clock;

	private final Executor executor;

	private volatile Instant nextCleanup = Instant.EPOCH;

	@Autowired
	PlexSignIns(PlexClient plex, JoinService joins, InviteLinks links, SignInAttempts attempts,
			ObjectProvider<Clock> clock) {
		this(plex, joins, links, attempts, clock.getIfAvailable(Clock::systemUTC),
				Executors.newVirtualThreadPerTaskExecutor());
	}

	PlexSignIns(PlexClient plex, JoinService joins, InviteLinks links, SignInAttempts attempts, Clock clock,
			Executor executor) {
		this.plex = plex;
		this.joins = joins;
		this.links = links;
		this.attempts = attempts;
		this.clock = clock;
		this.executor = executor;
	}

	/**
	 * Creates the PIN (with the installation's client identifier, as every PIN call) and
	 * the attempt, with the language of the page it started from (the join may run on
	 * another thread or instance); the page to send the person to comes back with it.
	 */
	Started start(InviteLink link, URI returnUrl, Locale locale) {
		Instant now = this.clock.instant();
		forgetOld(now);
		if (this.attempts.count() >= MAX_ATTEMPTS) {
			throw new IllegalStateException("Too many Plex sign-ins at once");
		}
		PlexPin pin = this.plex.createPin();
		Instant expiresAt = (pin.expiresAt() != null) ? pin.expiresAt() : now.plus(Duration.ofMinutes(15));
		SignInAttempt attempt = new SignInAttempt(newId(), link.code(), pin.id(), expiresAt,
				SignInAttempt.State.WAITING, null, now, InviteeLanguage.usable(locale));
		// A pause asked for by plex.tv holds for new PINs too (§10c).
		this.attempts.insert(attempt, this.attempts.pausedUntil(now).orElse(now));
		return new Started(attempt.id(), this.plex.authUrl(pin, null), this.plex.authUrl(pin, returnUrl));
	}

	Optional<SignInAttempt> find(String id) {
		return Optional.ofNullable(id).flatMap(this.attempts::find);
	}

	/** Stops polling an attempt the person left (they started another one). */
	void forget(String id) {
		if (id != null) {
			this.attempts.deleteWaiting(id);
		}
	}

	/**
	 * Polls every waiting PIN once; a no-op while none waits, and for a while after
	 * plex.tv asked us to slow down (§10c: 429 code 1003 when polling fast).
	 */
	/**
	 * Whether a round has anything to do: a waiting attempt, or this instance's clean-up
	 * is due. Checked before the round takes its lock, so an idle instance writes
	 * nothing.
	 */
	boolean roundDue() {
		return !this.clock.instant().isBefore(this.nextCleanup) || this.attempts.anyWaiting();
	}

	void poll() {
		Instant now = this.clock.instant();
		if (!now.isBefore(this.nextCleanup)) {
			forgetOld(now);
			this.attempts.finishLostJoins(now.minus(JOIN_LOST_AFTER), JoinOutcome.of(JoinOutcome.Kind.TRY_LATER), now);
			this.nextCleanup = now.plus(CLEANUP_EVERY);
		}
		for (SignInAttempt attempt : this.attempts.findDue(now)) {
			if (!poll(attempt)) {
				return;
			}
		}
	}

	/** Polls one PIN; false when plex.tv asked to slow down. */
	private boolean poll(SignInAttempt attempt) {
		Instant now = this.clock.instant();
		if (!now.isBefore(attempt.expiresAt())) {
			this.attempts.finish(attempt.id(), SignInAttempt.State.WAITING,
					JoinOutcome.of(JoinOutcome.Kind.SIGN_IN_AGAIN), now);
			return true;
		}
		try {
			PlexPin pin = this.plex.pollPin(attempt.pinId());
			if (pin.approved() && this.attempts.claimForJoining(attempt.id(), now)) {
				PlexToken token = pin.authToken();
				this.executor.execute(() -> join(attempt, token));
			}
		}
		catch (PlexException ex) {
			if (ex.reason() == PlexException.Reason.PIN_EXPIRED) {
				this.attempts.finish(attempt.id(), SignInAttempt.State.WAITING,
						JoinOutcome.of(JoinOutcome.Kind.SIGN_IN_AGAIN), now);
			}
			else if (ex.reason() == PlexException.Reason.RATE_LIMITED) {
				this.attempts.pauseAll(now.plus(RATE_LIMITED_PAUSE));
				log.warn("plex.tv asked to slow down; polling sign-ins pauses for {} s",
						RATE_LIMITED_PAUSE.toSeconds());
				return false;
			}
			else {
				log.debug("Polling a Plex sign-in failed; trying again: {}", ex.getMessage());
			}
		}
		return true;
	}

	private void join(SignInAttempt attempt, PlexToken token) {
		JoinOutcome outcome;
		try {
			outcome = this.links.findByCode(attempt.code())
				.map((link) -> this.joins.join(link, token, attempt.locale()))
				.orElse(JoinOutcome.of(JoinOutcome.Kind.LINK_CLOSED));
		}
		catch (RuntimeException ex) {
			// The code is the link's secret: it stays out of the log.
			log.warn("Joining with an invite link failed: {}", ex.getClass().getSimpleName());
			outcome = JoinOutcome.of(JoinOutcome.Kind.FAILED);
		}
		this.attempts.finish(attempt.id(), SignInAttempt.State.JOINING, outcome, this.clock.instant());
	}

	private void forgetOld(Instant now) {
		this.attempts.deleteOlderThan(now.minus(KEPT));
	}

	private String newId() {
		byte[] bytes = new byte[18];
		this.random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * A sign-in begun.
	 *
	 * @param attemptId the attempt (for the session)
	 * @param popupUrl Plex's sign-in page for a popup (the page polls; no way back
	 * needed)
	 * @param pageUrl Plex's sign-in page for the whole page, sending the browser back to
	 * {@code /i/{code}/return} when PUBLIC_URL is set
	 */
	record Started(String attemptId, URI popupUrl, URI pageUrl) {
	}

}
