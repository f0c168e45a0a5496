package app.plexinvite.plexsim;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Every share and invite, of every server. */
final class ShareBook {

	private final Map<Long, Share> shares = new LinkedHashMap<>();

	private final Ids ids;

	ShareBook(Ids ids) {
		this.ids = ids;
	}

	/**
	 * Creates a pending share; an email-only invitee has no account (plex-protocol.md
	 * §8a: such invites are keyed by the email).
	 */
	synchronized Share create(SimServer server, SimAccount invitee, String email, List<Long> sectionIds,
			Map<String, String> settings, Instant now) {
		Long invitedId = (invitee != null) ? invitee.id() : null;
		String invitedEmail = (invitee != null) ? invitee.email() : email;
		String username = (invitee != null) ? invitee.username() : null;
		SimShare view = new SimShare(this.ids.shareId(), server.machineIdentifier(), invitedId, invitedEmail, username,
				false, sectionIds.isEmpty(), sectionIds, settings);
		Share share = new Share(view, server.owner().id(), now, null, this.ids.token());
		this.shares.put(share.id(), share);
		return share;
	}

	synchronized Optional<Share> find(long id) {
		return Optional.ofNullable(this.shares.get(id));
	}

	synchronized List<Share> where(Predicate<Share> filter) {
		return this.shares.values().stream().filter(filter).toList();
	}

	synchronized Optional<Share> existing(String machineIdentifier, SimAccount invitee, String email) {
		return this.shares.values()
			.stream()
			.filter((share) -> share.view().machineIdentifier().equals(machineIdentifier))
			.filter((share) -> (invitee != null) ? share.isFor(invitee)
					: email.equalsIgnoreCase(share.view().invitedEmail()))
			.findFirst();
	}

	synchronized Share replace(Share share) {
		this.shares.put(share.id(), share);
		return share;
	}

	synchronized boolean remove(long id) {
		return this.shares.remove(id) != null;
	}

	/** Attaches email-only invites to an account created later with that email. */
	synchronized void linkEmailInvites(SimAccount account) {
		for (Share share : new ArrayList<>(this.shares.values())) {
			if (share.view().invitedId() == null && share.isFor(account)) {
				this.shares.put(share.id(), share.linkTo(account));
			}
		}
	}

	synchronized List<SimShare> views() {
		return this.shares.values().stream().map(Share::view).toList();
	}

}
