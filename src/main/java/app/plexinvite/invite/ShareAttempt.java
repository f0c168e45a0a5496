package app.plexinvite.invite;

import java.net.ConnectException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexException;
import app.plexinvite.plex.PlexException.Reason;
import app.plexinvite.plex.ShareResult;
import app.plexinvite.profiles.AccessProfile;

/**
 * Sends one claimed (SENDING) request to Plex and returns it in its next state: SENT,
 * ALREADY_SHARED, WAITING_RETRY (transient, with back-off) or FAILED. An ambiguous
 * request is looked up on plex.tv first and never sent twice.
 */
@Component
class ShareAttempt {

	private static final Logger log = LoggerFactory.getLogger(ShareAttempt.class);

	private static final Set<Reason> TRANSIENT = Set.of(Reason.RATE_LIMITED, Reason.SERVER_UNREACHABLE,
			Reason.PLEX_ERROR, Reason.NOT_CONFIGURED);

	static final int MAX_DETAIL = 1000;

	private final PlexClient plex;

	private final PlexShareLookup lookup;

	private final Clock clock;

	ShareAttempt(PlexClient plex, PlexShareLookup lookup, ObjectProvider<Clock> clock) {
		this.plex = plex;
		this.lookup = lookup;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Shares with the profile's libraries, settings and filters; a granted request
	 * records the profile and when its access ends.
	 */
	InviteRequest send(InviteRequest sending, AccessProfile profile) {
		try {
			if (sending.ambiguous()) {
				Optional<Long> existing = this.lookup.find(sending.identifierKey());
				if (existing.isPresent()) {
					log.info("Request {} was already on plex.tv (share {}); not sent again", sending.id(),
							existing.get());
					return granted(sending.markSent(existing.get(), now()), profile);
				}
			}
			ShareResult result = this.plex.share(sending.identifier(), profile.selection(), profile.shareSettings());
			return granted((result.outcome() == ShareResult.Outcome.INVITED) ? sending.markSent(result.shareId(), now())
					: sending.markAlreadyShared(result.shareId(), now()), profile);
		}
		catch (PlexException ex) {
			return failed(sending, profile, ex);
		}
	}

	/**
	 * The end of access the request brought (a batch row's own), else the profile's from
	 * now.
	 */
	private InviteRequest granted(InviteRequest request, AccessProfile profile) {
		Instant endsAt = (request.accessEndsAt() != null) ? request.accessEndsAt()
				: profile.accessEndsAt(now()).orElse(null);
		return request.grantedWith(profile.id(), endsAt);
	}

	private InviteRequest failed(InviteRequest sending, AccessProfile profile, PlexException ex) {
		String detail = limit(ex.getMessage());
		log.warn("Invite request {} attempt {}: {}", sending.id(), sending.attempts(), detail);
		if (ex.reason() == Reason.ALREADY_SHARED) {
			return granted(sending.markAlreadyShared(null, now()), profile);
		}
		if (!TRANSIENT.contains(ex.reason())) {
			return sending.fail(ex.reason().name(), detail, now());
		}
		Instant at = now().plus(RetryDelay.after(sending.attempts()));
		return sending.scheduleRetry(ex.reason().name(), detail, mayHaveReachedPlex(ex), at, now());
	}

	/**
	 * Whether plex.tv may have created the invite although we saw a failure: a 5xx other
	 * than 503, or a connection that broke after it was made (a timeout). 429 and 503 are
	 * answered before anything happens (plex-protocol.md §11; PlexHttp).
	 */
	static boolean mayHaveReachedPlex(PlexException ex) {
		if (ex.reason() == Reason.RATE_LIMITED || ex.reason() == Reason.NOT_CONFIGURED) {
			return false;
		}
		Optional<Integer> status = ex.httpStatus();
		if (status.isPresent()) {
			return status.get() >= 500 && status.get() != 503;
		}
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof ConnectException) {
				return false;
			}
		}
		return true;
	}

	private Instant now() {
		return this.clock.instant();
	}

	private static String limit(String text) {
		return (text == null || text.length() <= MAX_DETAIL) ? text : text.substring(0, MAX_DETAIL);
	}

}
