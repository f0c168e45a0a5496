package app.plexinvite.plexsim;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A share as plex.tv keeps it: the public {@link SimShare} plus who owns it, when it was
 * sent and accepted, and the invitee's access token for the server (v1 SharedServer
 * accessToken, plex-protocol.md §7b).
 */
record Share(SimShare view, long ownerId, Instant invitedAt, Instant acceptedAt, String accessToken) {

	long id() {
		return this.view.id();
	}

	boolean accepted() {
		return this.view.accepted();
	}

	boolean isFor(SimAccount account) {
		if (this.view.invitedId() != null) {
			return this.view.invitedId() == account.id();
		}
		return this.view.invitedEmail() != null && this.view.invitedEmail().equalsIgnoreCase(account.email());
	}

	Share accept(Instant now) {
		if (accepted()) {
			throw new IllegalStateException("Share " + id() + " is already accepted");
		}
		if (this.view.invitedId() == null) {
			throw new IllegalStateException("Share " + id() + " is an email-only invite without an account");
		}
		return new Share(copy(true, this.view.invitedId(), this.view.invitedUsername(), this.view.librarySectionIds(),
				this.view.settings()), this.ownerId, this.invitedAt, now, this.accessToken);
	}

	/** An email-only invite becomes an account's invite once that account exists. */
	Share linkTo(SimAccount account) {
		return new Share(
				copy(false, account.id(), account.username(), this.view.librarySectionIds(), this.view.settings()),
				this.ownerId, this.invitedAt, this.acceptedAt, this.accessToken);
	}

	Share withLibraries(List<Long> sectionIds) {
		return new Share(copy(this.view.accepted(), this.view.invitedId(), this.view.invitedUsername(), sectionIds,
				this.view.settings()), this.ownerId, this.invitedAt, this.acceptedAt, this.accessToken);
	}

	Share withSettings(Map<String, String> settings) {
		return new Share(
				copy(this.view.accepted(), this.view.invitedId(), this.view.invitedUsername(),
						this.view.librarySectionIds(), settings),
				this.ownerId, this.invitedAt, this.acceptedAt, this.accessToken);
	}

	private SimShare copy(boolean accepted, Long invitedId, String username, List<Long> sectionIds,
			Map<String, String> settings) {
		return new SimShare(this.view.id(), this.view.machineIdentifier(), invitedId, this.view.invitedEmail(),
				username, accepted, sectionIds.isEmpty(), sectionIds, settings);
	}

}
