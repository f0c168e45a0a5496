package app.plexinvite.plexsim;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Legacy {@code /users/account} (XML always) and {@code /users/account.json}
 * (plex-protocol.md §1b). Older python-plexapi reads this XML and needs the subscription,
 * roles and entitlements children (PPA MyPlexAccount._loadData).
 */
final class LegacyAccountRoutes {

	private final World world;

	LegacyAccountRoutes(World world) {
		this.world = world;
	}

	void register(Router router) {
		router.authenticated("GET", "/users/account(?:\\.xml)?/?", this::legacyXml)
			.authenticated("GET", "/users/account\\.json", this::legacyJson);
	}

	/**
	 * plex-protocol.md §1b: legacy snake_case, both authenticationToken and authToken.
	 */
	private Answer legacyXml(Call call) {
		SimAccount account = call.caller();
		boolean plexPass = AccountRoutes.isOwner(this.world, account);
		Xml subscription = Xml.element("subscription")
			.attr("active", plexPass)
			.attr("status", plexPass ? "Active" : "Inactive")
			.attr("plan", plexPass ? "lifetime" : "");
		Xml roles = Xml.element("roles");
		Xml entitlements = Xml.element("entitlements").attr("all", plexPass);
		if (plexPass) {
			subscription.child(Xml.element("feature").attr("id", "sync"));
			roles.child(Xml.element("role").attr("id", "plexpass"));
			entitlements.child(Xml.element("entitlement").attr("id", "all"));
		}
		Xml user = Xml.element("user")
			.attr("email", account.email())
			.attr("id", account.id())
			.attr("uuid", account.uuid())
			.attr("mailing_list_status", "inactive")
			.attr("thumb", AccountRoutes.thumb(account, this.world.accounts.joinedAt(account.id())))
			.attr("username", account.username())
			.attr("title", account.username())
			.attr("cloudSyncDevice", "")
			.attr("locale", "")
			.attr("authenticationToken", account.token())
			.attr("authToken", account.token())
			.attr("scrobbleTypes", "")
			.attr("restricted", false)
			.attr("home", false)
			.attr("guest", false)
			.attr("queueEmail", "queue+" + account.uuid() + "@save.plex.tv")
			.attr("hasPassword", true)
			.child(subscription)
			.child(roles)
			.child(entitlements);
		return Answer.xml(200, user.document());
	}

	/**
	 * plex-protocol.md §1b: OVR PlexAccountResponse, {@code joined_at} and
	 * {@code roles.roles}.
	 */
	private Answer legacyJson(Call call) {
		SimAccount account = call.caller();
		boolean plexPass = AccountRoutes.isOwner(this.world, account);
		Instant joined = this.world.accounts.joinedAt(account.id());
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("id", account.id());
		user.put("uuid", account.uuid());
		user.put("email", account.email());
		user.put("joined_at", AccountRoutes.UTC_TEXT.format(joined));
		user.put("username", account.username());
		user.put("title", account.username());
		user.put("thumb", AccountRoutes.thumb(account, joined));
		user.put("hasPassword", true);
		user.put("authToken", account.token());
		user.put("authentication_token", account.token());
		user.put("subscription", Map.of("active", plexPass, "status", plexPass ? "Active" : "Inactive", "plan",
				plexPass ? "lifetime" : "", "features", plexPass ? List.of("sync") : List.of()));
		user.put("roles", Map.of("roles", plexPass ? List.of("plexpass") : List.of()));
		user.put("entitlements", plexPass ? List.of("all") : List.of());
		return Answer.json(200, Map.of("user", user));
	}

}
