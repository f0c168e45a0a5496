package app.plexinvite.users;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.plex.PlexException;

/**
 * An owner action's call to Plex: its failure audited in our own words (never Plex's free
 * text) and turned into a refusal.
 */
@Component
class OwnerPlexCalls {

	private final AuditLog audit;

	private final GoneOnPlex gone;

	OwnerPlexCalls(AuditLog audit, GoneOnPlex gone) {
		this.audit = audit;
		this.gone = gone;
	}

	/** A Plex call; its failure is audited and refuses the action. */
	<T> T onPlex(Person person, AuditAction action, Supplier<T> call) {
		try {
			return call.get();
		}
		catch (PlexException ex) {
			throw failedOnPlex(person, action, ex);
		}
	}

	/**
	 * Audits a failed Plex call with the reason's own words (never Plex's free text) and
	 * returns the refusal to throw.
	 */
	ActionRefused failedOnPlex(Person person, AuditAction action, PlexException ex) {
		String reason = ex.reason().description();
		this.audit.ownerDid(action, PersonChanges.target(person), AuditOutcome.failed(reason));
		return new ActionRefused("people.result.plex-failed", person.displayName(), reason);
	}

	/**
	 * Removing or cancelling on Plex: a 404 / UNKNOWN_USER means it is gone already,
	 * which is what was wanted, once plex.tv's list of shares confirms it
	 * ({@link GoneOnPlex}). Returns whether it was gone already.
	 */
	boolean endOnPlex(Person person, long shareId, AuditAction action, Runnable call) {
		return onPlex(person, action, () -> {
			try {
				call.run();
				return false;
			}
			catch (PlexException ex) {
				if (ex.reason() != PlexException.Reason.UNKNOWN_USER) {
					throw ex;
				}
			}
			String doubt = this.gone.whyNotGone(person, shareId);
			if (doubt != null) {
				this.audit.ownerDid(action, PersonChanges.target(person), AuditOutcome.failed(doubt));
				throw new ActionRefused("people.result.gone-unconfirmed", person.displayName());
			}
			return true;
		});
	}

}
