package app.plexinvite.plexsim;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Plex Home management (plex-protocol.md §6): v1 {@code POST /api/home/users?title=|
 * invitedEmail=} and {@code DELETE /api/home/users/{id}} (PPA createHomeUser,
 * createExistingUser, removeHomeUser), v2 {@code POST /api/v2/home/users/restricted} and
 * {@code DELETE /api/v2/home/users/{id}} → 204 (POPEDIA). Adding members needs Plex Pass
 * on the administrator: 403 otherwise (wizarrrr/wizarr #281, #698).
 */
final class HomeRoutes {

	private static final Set<String> PROFILES = Set.of("little_kid", "older_kid", "teen");

	private final World world;

	HomeRoutes(World world) {
		this.world = world;
	}

	void register(Router router) {
		router.authenticated("POST", "/api/home/users/?", this::createV1)
			.authenticated("DELETE", "/api/home/users/(\\d{1,18})/?", this::removeV1)
			.authenticated("POST", "/api/v2/home/users/restricted/?", this::createRestricted)
			.authenticated("DELETE", "/api/v2/home/users/(\\d{1,18})/?", this::removeV2);
	}

	private Answer createV1(Call call) {
		if (!this.world.accounts.hasPlexPass(call.caller().id())) {
			// Status observed (wizarr #281); body unverified: the v1 envelope with the
			// wording of v2 code 1012.
			return PlexErrors.v1(403, "You need a subscription to perform this action");
		}
		String title = call.query("title");
		String invited = call.query("invitedEmail");
		if (title != null && !title.isBlank()) {
			HomeMember member = addManaged(call, title, "");
			return Answer.xml(200, Wire.xml("User", userV1(member)).document());
		}
		if (invited == null || invited.isBlank()) {
			return PlexErrors.v1(400, "Bad Request");
		}
		return invite(call, invited);
	}

	/**
	 * PPA createExistingUser: an account (username or email) or a bare email becomes a
	 * pending home invite. Response body unverified (PPA ignores it): the invitee as
	 * {@code <User>}; refusals worded as unverified v1 Responses.
	 */
	private Answer invite(Call call, String invited) {
		Optional<SimAccount> account = this.world.accounts.byName(invited);
		if (account.isEmpty() && !invited.contains("@")) {
			return PlexErrors.v1(400, "Invalid username or email address");
		}
		if (account.isPresent() && account.get().id() == call.caller().id()) {
			return PlexErrors.v1(400, "You can't invite yourself to your home");
		}
		long ownerId = call.caller().id();
		boolean exists = account.map((found) -> this.world.home.find(ownerId, found.id()).isPresent())
			.orElseGet(() -> this.world.home.findInvited(ownerId, invited).isPresent());
		if (exists) {
			return PlexErrors.v1(400, "This user is already a member of or invited to your home");
		}
		HomeMember member = this.world.home.add(new HomeMember(ownerId, account.map(SimAccount::id).orElse(null),
				invited, null, "", true, this.world.now()));
		return Answer.xml(200, Wire.xml("User", userV1(member)).document());
	}

	/** POPEDIA managed-user-add: 200 {@code <user …restrictionProfile="little_kid"/>}. */
	private Answer createRestricted(Call call) {
		if (!this.world.accounts.hasPlexPass(call.caller().id())) {
			return PlexErrors.v2(call, 403, 1012, "You need a subscription to perform this action");
		}
		String name = call.query("friendlyName");
		String profile = (call.query("restrictionProfile") != null) ? call.query("restrictionProfile") : "";
		if (name == null || name.isBlank() || (!profile.isEmpty() && !PROFILES.contains(profile))) {
			return PlexErrors.malformed(call);
		}
		HomeMember member = addManaged(call, name, profile);
		SimAccount account = this.world.accountOf(member.accountId());
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("id", account.id());
		user.put("uuid", account.uuid());
		user.put("title", name);
		user.put("username", "");
		user.put("email", "");
		user.put("friendlyName", name);
		user.put("thumb", AccountRoutes.thumb(account, member.createdAt()));
		user.put("hasPassword", false);
		user.put("restricted", true);
		user.put("updatedAt", Times.epoch(member.createdAt()));
		user.put("restrictionProfile", profile);
		user.put("admin", false);
		user.put("guest", false);
		user.put("protected", false);
		return Answer.negotiated(call, 200, "user", user);
	}

	/** PPA removeHomeUser; success status unverified (PPA accepts 200/201/204): 200. */
	private Answer removeV1(Call call) {
		return remove(call) ? Answer.empty(200) : PlexErrors.v1NotFound();
	}

	/** POPEDIA: 204; 404 for an id that is not in the caller's home. */
	private Answer removeV2(Call call) {
		return remove(call) ? Answer.empty(204) : PlexErrors.notFound(call);
	}

	/** A removed managed user is gone with its shares; an invited member only leaves. */
	private boolean remove(Call call) {
		long id = Long.parseLong(call.param(0));
		Optional<HomeMember> member = this.world.home.find(call.caller().id(), id);
		member.ifPresent((found) -> {
			this.world.home.remove(found);
			if (found.managed()) {
				this.world.shares.where((share) -> share.view().invitedId() != null && share.view().invitedId() == id)
					.forEach((share) -> this.world.shares.remove(share.id()));
				this.world.accounts.remove(id);
			}
		});
		return member.isPresent();
	}

	private HomeMember addManaged(Call call, String title, String profile) {
		SimAccount account = this.world.accounts.addManaged(this.world.now());
		return this.world.home
			.add(new HomeMember(call.caller().id(), account.id(), null, title, profile, false, this.world.now()));
	}

	/**
	 * v1 XML root carrying {@code id} (PPA reads {@code findall(".")[0].attrib['id']}).
	 */
	private Map<String, Object> userV1(HomeMember member) {
		SimAccount account = (member.accountId() != null) ? this.world.accountOf(member.accountId()) : null;
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("id", (account != null) ? account.id() : member.invitedEmail());
		user.put("uuid", (account != null) ? account.uuid() : "");
		user.put("title",
				member.managed() ? member.title() : (account != null) ? account.username() : member.invitedEmail());
		user.put("username", (account != null) ? account.username() : "");
		user.put("email", (account != null) ? account.email() : member.invitedEmail());
		user.put("thumb", (account != null) ? AccountRoutes.thumb(account, member.createdAt()) : "");
		user.put("restricted", member.managed());
		user.put("home", true);
		user.put("protected", false);
		return user;
	}

}
