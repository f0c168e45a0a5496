package app.plexinvite.plexsim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How plex.tv shows a share: v1 {@code <SharedServer>} XML and the v2 shared-server
 * object.
 */
final class ShareViews {

	private final World world;

	ShareViews(World world) {
		this.world = world;
	}

	List<SimLibrary> sharedLibraries(Share share) {
		List<SimLibrary> all = this.world.serverOf(share).libraries();
		if (share.view().allLibraries()) {
			return all;
		}
		return all.stream().filter((library) -> share.view().librarySectionIds().contains(library.plexTvId())).toList();
	}

	/** plex-protocol.md §5a response and §7b: attributes per GOPLEX, OMBI and TAU. */
	Xml v1(Share share) {
		SimShare view = share.view();
		SimServer server = this.world.serverOf(share);
		Xml xml = Xml.element("SharedServer")
			.attr("id", view.id())
			.attr("username", view.invitedUsername())
			.attr("email", view.invitedEmail())
			.attr("userID", view.invitedId())
			.attr("accessToken", share.accepted() ? share.accessToken() : "")
			.attr("name", server.name())
			.attr("acceptedAt", Times.epoch(share.acceptedAt()))
			.attr("invitedAt", Times.epoch(share.invitedAt()));
		view.settings()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith("allow"))
			.forEach((entry) -> xml.attr(entry.getKey(), entry.getValue()));
		xml.attr("owned", false).attr("allLibraries", view.allLibraries());
		view.settings()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().startsWith("filter"))
			.forEach((entry) -> xml.attr(entry.getKey(), entry.getValue()));
		List<SimLibrary> shared = sharedLibraries(share);
		for (SimLibrary library : server.libraries()) {
			xml.child(Xml.element("Section")
				.attr("id", library.plexTvId())
				.attr("key", library.key())
				.attr("title", library.title())
				.attr("type", library.type())
				.attr("shared", shared.contains(library)));
		}
		return xml;
	}

	/**
	 * plex-protocol.md §5b: the v2 shared-server object (composite of GOPLEX, WIZ, NEVU
	 * reads).
	 */
	Map<String, Object> v2(Share share) {
		SimShare view = share.view();
		SimServer server = this.world.serverOf(share);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", view.id());
		json.put("name", server.name());
		json.put("ownerId", share.ownerId());
		json.put("invitedId", view.invitedId());
		json.put("invitedEmail", view.invitedEmail());
		json.put("serverId", server.plexTvServerId());
		json.put("accepted", view.accepted());
		json.put("acceptedAt", Times.iso(share.acceptedAt()));
		json.put("deletedAt", null);
		json.put("leftAt", null);
		json.put("owned", false);
		json.put("inviteToken", share.accessToken().substring(0, 12));
		json.put("machineIdentifier", view.machineIdentifier());
		json.put("lastSeenAt", Times.iso(this.world.now()));
		json.put("numLibraries", sharedLibraries(share).size());
		json.put("invited", invited(share));
		json.put("sharingSettings", SharingSettings.json(view.settings()));
		json.put("libraries", sharedLibraries(share).stream().map(ServerRoutes::librarySection).toList());
		json.put("allLibraries", view.allLibraries());
		return json;
	}

	private Map<String, Object> invited(Share share) {
		SimShare view = share.view();
		Map<String, Object> invited = new LinkedHashMap<>();
		SimAccount account = (view.invitedId() != null) ? this.world.accountOf(view.invitedId()) : null;
		invited.put("id", view.invitedId());
		invited.put("uuid", (account != null) ? account.uuid() : null);
		invited.put("title", (account != null) ? this.world.titleOf(account) : view.invitedEmail());
		invited.put("username", view.invitedUsername());
		invited.put("email", view.invitedEmail());
		invited.put("restricted", false);
		invited.put("thumb",
				(account != null) ? AccountRoutes.thumb(account, this.world.accounts.joinedAt(account.id())) : "");
		invited.put("status", view.accepted() ? "accepted" : "pending");
		return invited;
	}

}
