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
		List<String> librarySectionIds, SettingsWire sharingSettings, List<V2ShareWire> sharedServers) {

	/** This object as shares: itself, or each of its sharedServers with its invitee. */
	Stream<PlexShare> shares() {
		return leaves().map((leaf) -> new PlexShare(PlexWire.toLong(leaf.id), leaf.machineIdentifier, leaf.invitee(),
				leaf.email(), leaf.person().username(), PlexWire.isTrue(leaf.accepted),
				PlexWire.isTrue(leaf.allLibraries), leaf.libraryIds()));
	}

	/**
	 * This object's shares of one server with what v2 knows of them: invitee, libraries
	 * (none listed when all are shared, §4b.4) and {@code sharingSettings} (§5b shape).
	 * {@code accepted} is the list's word: owned/accepted (§7c) or invites/owned/pending
	 * (§8b).
	 */
	Stream<ServerShares.ServerShare> serverShares(String machineIdentifier, boolean accepted) {
		return leaves().filter((leaf) -> machineIdentifier.equals(leaf.machineIdentifier)).map((leaf) -> {
			boolean all = PlexWire.isTrue(leaf.allLibraries);
			return new ServerShares.ServerShare(PlexWire.toLong(leaf.id), leaf.invitee(),
					text(leaf.person().username()), text(leaf.email()), text(leaf.person().title()), accepted, all,
					all ? List.of() : leaf.libraryIds(),
					(leaf.sharingSettings != null) ? leaf.sharingSettings.toSettings() : null);
		});
	}

	/**
	 * Itself, or each of its sharedServers with the invite's fields filled in; with an
	 * id.
	 */
	private Stream<V2ShareWire> leaves() {
		return allLeaves().filter((leaf) -> PlexWire.toLong(leaf.id) != null);
	}

	/**
	 * How many of its shares name no share id or no server: nobody can tell whose or
	 * which they are, so a list holding one cannot be trusted to be whole (an e-mail
	 * invite left out would be counted missing).
	 */
	long unplaceable() {
		return allLeaves()
			.filter((leaf) -> PlexWire.toLong(leaf.id) == null || leaf.machineIdentifier == null
					|| leaf.machineIdentifier.isBlank())
			.count();
	}

	private Stream<V2ShareWire> allLeaves() {
		if (this.sharedServers != null && !this.sharedServers.isEmpty()) {
			return this.sharedServers.stream()
				.filter(Objects::nonNull)
				.map(this::inherit)
				.flatMap(V2ShareWire::allLeaves);
		}
		return Stream.of(this);
	}

	private PersonWire person() {
		return (this.invited != null) ? this.invited : PersonWire.NONE;
	}

	private Long invitee() {
		return (this.invitedId != null) ? PlexWire.toLong(this.invitedId) : PlexWire.toLong(person().id());
	}

	private String email() {
		return (this.invitedEmail != null) ? this.invitedEmail : person().email();
	}

	private static String text(String value) {
		return (value == null || value.isBlank()) ? null : value;
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
				or(child.allLibraries, this.allLibraries), child.libraries, child.librarySectionIds,
				or(child.sharingSettings, this.sharingSettings), null);
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

	/**
	 * {@code sharingSettings{allowSync, allowCameraUpload, allowChannels, filterMovies,
	 * filterTelevision, filterMusic, …}} of a v2 share (§5b shape; booleans, or "1"/"0"
	 * as GOPLEX sends them, §12.3).
	 */
	record SettingsWire(String allowSync, String allowCameraUpload, String allowChannels, String filterMovies,
			String filterTelevision, String filterMusic) {

		ShareSettings toSettings() {
			return new ShareSettings(PlexWire.isTrue(this.allowSync), PlexWire.isTrue(this.allowCameraUpload),
					PlexWire.isTrue(this.allowChannels), this.filterMovies, this.filterTelevision, this.filterMusic);
		}

	}

	/** {@code libraries[{id,key,title,type}]}: id is plex.tv's (§4b.6). */
	record LibraryRefWire(String id, String key, String title) {
	}

}
