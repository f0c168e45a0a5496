package app.plexinvite.plexsim;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who am I: {@code /api/v2/user}, {@code /api/v2/ping}, legacy
 * {@code /users/account(.json)}.
 */
final class AccountRoutes {

	static final DateTimeFormatter UTC_TEXT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final World world;

	AccountRoutes(World world) {
		this.world = world;
	}

	void register(Router router) {
		router.authenticated("GET", "/api/v2/user/?", this::user).authenticated("GET", "/api/v2/ping/?", this::ping);
		new LegacyAccountRoutes(this.world).register(router);
	}

	/** plex-protocol.md §1a: PPA needs the subscription and profile children. */
	private Answer user(Call call) {
		return Answer.negotiated(call, 200, "user", user(call.caller(), call.wantsJson()));
	}

	/**
	 * plex-protocol.md §1a: XML {@code <pong>true</pong>} (TAU), JSON
	 * {@code {"pong":true}} (OVR).
	 */
	private Answer ping(Call call) {
		if (call.wantsJson()) {
			return Answer.json(200, Map.of("pong", true));
		}
		return Answer.xml(200, Xml.element("pong").text("true").document());
	}

	private Map<String, Object> user(SimAccount account, boolean json) {
		boolean plexPass = isOwner(account);
		Instant joined = this.world.accounts.joinedAt(account.id());
		Map<String, Object> user = new LinkedHashMap<>();
		user.put("id", account.id());
		user.put("uuid", account.uuid());
		user.put("username", account.username());
		user.put("title", account.username());
		user.put("email", account.email());
		user.put("friendlyName", account.username());
		user.put("locale", null);
		// §1a: JSON true/false, XML confirmed="1"/"0".
		user.put("confirmed", this.world.accounts.isConfirmed(account.id()));
		user.put("joinedAt", joined.getEpochSecond());
		user.put("emailOnlyAuth", false);
		user.put("hasPassword", true);
		user.put("protected", false);
		user.put("thumb", thumb(account, joined));
		user.put("authToken", account.token());
		user.put("mailingListStatus", "unsubscribed");
		user.put("mailingListActive", false);
		user.put("scrobbleTypes", "");
		user.put("country", "US");
		user.put("subscriptionDescription", null);
		user.put("restricted", false);
		user.put("anonymous", null);
		// §1a ACCOUNT_XML: home="1" homeSize="2" homeAdmin="1" for a Plex Home with a
		// member.
		int homeSize = this.world.homeSize(account);
		user.put("home", homeSize > 1);
		user.put("guest", false);
		user.put("homeSize", homeSize);
		user.put("homeAdmin", plexPass);
		user.put("maxHomeSize", 15);
		user.put("rememberExpiresAt", joined.plusSeconds(365L * 24 * 3600).getEpochSecond());
		// §1a PPA ACCOUNT_XML: adsConsent* empty (null in JSON),
		// experimentalFeatures="0".
		user.put("adsConsent", null);
		user.put("adsConsentSetAt", null);
		user.put("adsConsentReminderAt", null);
		user.put("experimentalFeatures", false);
		user.put("twoFactorEnabled", false);
		user.put("backupCodesCreated", false);
		user.put("subscription", subscription(plexPass, joined, json));
		user.put("profile", profile());
		user.put("entitlements", plexPass ? List.of("all") : List.of());
		user.put("roles", plexPass ? List.of("plexpass") : List.of());
		user.put("subscriptions", List.of());
		user.put("services", List.of());
		// SPEC-LH UserPlexAccount (as @lukehagar/plexjs 0.35 validates it): always
		// present.
		user.put("attributionPartner", null);
		return user;
	}

	private static Map<String, Object> subscription(boolean plexPass, Instant since, boolean json) {
		Map<String, Object> subscription = new LinkedHashMap<>();
		subscription.put("active", plexPass);
		subscription.put("subscribedAt", plexPass ? (json ? since.toString() : UTC_TEXT.format(since)) : null);
		subscription.put("status", plexPass ? "Active" : "Inactive");
		subscription.put("paymentService", "");
		subscription.put("plan", plexPass ? "lifetime" : "");
		subscription.put("features", plexPass ? List.of("webhooks", "sync") : List.of());
		return subscription;
	}

	private static Map<String, Object> profile() {
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("autoSelectAudio", true);
		profile.put("defaultAudioLanguage", "en");
		profile.put("defaultSubtitleLanguage", "en");
		profile.put("autoSelectSubtitle", 0);
		profile.put("defaultSubtitleAccessibility", 0);
		profile.put("defaultSubtitleForced", 0);
		// SPEC-LH UserProfile: two more 0|1 settings besides PPA's fixture (§1a).
		profile.put("watchedIndicator", 0);
		profile.put("mediaReviewsVisibility", 0);
		return profile;
	}

	/** Plex Pass is a per-account flag of the simulated world (plex-protocol.md §6). */
	static boolean isOwner(World world, SimAccount account) {
		return world.accounts.hasPlexPass(account.id());
	}

	private boolean isOwner(SimAccount account) {
		return isOwner(this.world, account);
	}

	static String thumb(SimAccount account, Instant joined) {
		return "https://plex.tv/users/" + account.uuid() + "/avatar?c=" + joined.getEpochSecond();
	}

}
