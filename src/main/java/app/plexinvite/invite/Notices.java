package app.plexinvite.invite;

import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import app.plexinvite.plex.PlexException;

/**
 * Publishes the invite feature's notification events ({@link RequestCreated},
 * {@link RequestDecided}, {@link InviteFailed}) after the change is stored. A listener
 * that fails is logged and never undoes or breaks the change.
 */
@Component
class Notices {

	private static final Logger log = LoggerFactory.getLogger(Notices.class);

	private final ApplicationEventPublisher events;

	Notices(ApplicationEventPublisher events) {
		this.events = events;
	}

	void publish(Object event) {
		try {
			this.events.publishEvent(event);
		}
		catch (RuntimeException ex) {
			log.warn("A listener of {} failed; the change stands: {}", event.getClass().getSimpleName(),
					ex.getClass().getSimpleName());
		}
	}

	/** The request's identifier when it is an e-mail address, else null. */
	static String email(InviteRequest request) {
		return request.identifier().contains("@") ? request.identifier() : null;
	}

	/** The event for a request that reached FAILED, or null when it did not. */
	static InviteFailed failed(InviteRequest request) {
		if (request.status() != RequestStatus.FAILED) {
			return null;
		}
		return new InviteFailed(AccessGranted.Source.REQUEST, request.id(), request.identifier(), email(request),
				reason(request.failureReason()), request.locale(), request.updatedAt().truncatedTo(ChronoUnit.MILLIS));
	}

	/**
	 * A stored failure reason (a {@link PlexException.Reason} name) in the owner's words,
	 * never Plex's raw answer.
	 */
	static String reason(String failureReason) {
		for (PlexException.Reason reason : PlexException.Reason.values()) {
			if (reason.name().equals(failureReason)) {
				return reason.description();
			}
		}
		boolean named = failureReason != null && failureReason.matches("[A-Z_]{1,64}");
		return "The invite could not be sent (" + (named ? failureReason : "unknown reason") + ").";
	}

}
