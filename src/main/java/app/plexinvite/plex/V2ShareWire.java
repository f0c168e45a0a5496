package app.plexinvite.plex;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A v2 shared-server object (plex-protocol.md §5b shape: id, machineIdentifier,
 * invitedId, invitedEmail, invited{…}, accepted, allLibraries, libraries[{id,key}]) or an
 * invite wrapping them in {@code sharedServers[]} with an {@code owner} or
 * {@code invited} (§8b: NEVU flattens {@code invite.sharedServers[]}, WIZ reads
 * {@code owner.username} and {@code sharedServers[0].id}). Read from
 * {@code /api/v2/shared_servers/owned/accepted}, {@code …/invites/owned/pending} and
 * {@code …/invites/received/pending}.
 */
record V2ShareWire(String id, String name, String machineIdentifier, String invitedId, String invitedEmail,
		PersonWire invited, PersonWire owner, String accepted, String allLibraries, List<LibraryRefWire> libraries,
		List<String> librarySectionIds, List<V2ShareWire> sharedServers) {

	/** This object as shares: itself, or each of its sharedServers with its invitee. */
	Stream<PlexShare> shares() {
		if (this.sharedServers != null && !this.sharedServers.isEmpty()) {
			return this.sharedServers.stream().filter(Objects::nonNull).map(this::inherit).flatMap(V2ShareWire::shares);
		}
		Long shareId = PlexWire.toLong(this.id);
		if (shareId == null) {
			return Stream.empty();
		}
		PersonWire person = (this.invited != null) ? this.invited : PersonWire.NONE;
		Long invitee = (this.invitedId != null) ? PlexWire.toLong(this.invitedId) : PlexWire.toLong(person.id());
		String email = (this.invitedEmail != null) ? this.invitedEmail : person.email();
		return Stream.of(new PlexShare(shareId, this.machineIdentifier, invitee, email, person.username(),
				PlexWire.isTrue(this.accepted), PlexWire.isTrue(this.allLibraries), libraryIds()));
	}

	/** This invite as received invites, one per shared server, named by its owner. */
	Stream<PlexReceivedInvite> received() {
		PersonWire from = (this.owner != null) ? this.owner : PersonWire.NONE;
		List<V2ShareWire> servers = (this.sharedServers != null && !this.sharedServers.isEmpty()) ? this.sharedServers
				: List.of(this);
		return servers.stream()
			.filter((server) -> server != null && PlexWire.toLong(server.id()) != null)
			.map((server) -> new PlexReceivedInvite(PlexWire.toLong(server.id()), from.username(), from.title(),
					(server.name() != null) ? server.name() : this.name,
					(server.machineIdentifier() != null) ? server.machineIdentifier() : this.machineIdentifier));
	}

	private V2ShareWire inherit(V2ShareWire child) {
		return new V2ShareWire(child.id, child.name, or(child.machineIdentifier, this.machineIdentifier),
				or(child.invitedId, this.invitedId), or(child.invitedEmail, this.invitedEmail),
				or(child.invited, this.invited), or(child.owner, this.owner), or(child.accepted, this.accepted),
				or(child.allLibraries, this.allLibraries), child.libraries, child.librarySectionIds, null);
	}

	private List<Long> libraryIds() {
		Stream<String> ids = (this.libraries != null)
				? this.libraries.stream().filter(Objects::nonNull).map(LibraryRefWire::id)
				: (this.librarySectionIds != null) ? this.librarySectionIds.stream() : Stream.empty();
		return ids.map(PlexWire::toLong).filter(Objects::nonNull).toList();
	}

	private static <T> T or(T value, T fallback) {
		return (value != null) ? value : fallback;
	}

	/** {@code invited{…}} or {@code owner{…}} of a v2 share (§5b, §8b). */
	record PersonWire(String id, String username, String email, String title) {

		static final PersonWire NONE = new PersonWire(null, null, null, null);

	}

	/** {@code libraries[{id,key,title,type}]}: id is plex.tv's (§4b.6). */
	record LibraryRefWire(String id, String key, String title) {
	}

}
