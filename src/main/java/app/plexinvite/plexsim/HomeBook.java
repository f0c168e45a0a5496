package app.plexinvite.plexsim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every owner's Plex Home members (plex-protocol.md §6). */
final class HomeBook {

	private final List<HomeMember> members = new ArrayList<>();

	synchronized HomeMember add(HomeMember member) {
		this.members.add(member);
		return member;
	}

	synchronized List<HomeMember> of(long ownerId) {
		return this.members.stream().filter((member) -> member.ownerId() == ownerId).toList();
	}

	synchronized Optional<HomeMember> find(long ownerId, long accountId) {
		return of(ownerId).stream()
			.filter((member) -> member.accountId() != null && member.accountId() == accountId)
			.findFirst();
	}

	synchronized Optional<HomeMember> findInvited(long ownerId, String invited) {
		return of(ownerId).stream()
			.filter((member) -> member.invitedEmail() != null && member.invitedEmail().equalsIgnoreCase(invited))
			.findFirst();
	}

	synchronized void remove(HomeMember member) {
		this.members.remove(member);
	}

	/** The invitee joins every home that invited them. */
	synchronized void accept(long accountId) {
		for (int i = 0; i < this.members.size(); i++) {
			HomeMember member = this.members.get(i);
			if (member.accountId() != null && member.accountId() == accountId && member.pending()) {
				this.members.set(i, new HomeMember(member.ownerId(), accountId, member.invitedEmail(), null, "", false,
						member.createdAt()));
			}
		}
	}

	synchronized List<HomeMember> all() {
		return new ArrayList<>(this.members);
	}

}
