package app.plexinvite.plexsim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Wizarr does with the invitee's token after accepting (plex-protocol.md §8b step
 * 4): {@code PUT /api/v2/user/view_state_sync?consent=True} (PPA enableViewStateSync; GET
 * reads {@code consent}, PPA viewStateSync) and {@code GET|POST
 * /api/v2/user/{uuid}/settings/opt_outs} (PPA onlineMediaSources reads {@code <optOut
 * key value/>}; AccountOptOut posts {@code ?key=…&value=opt_out}).
 */
final class UserSettingsRoutes {

	private static final String OPT_OUTS = "/api/v2/user/([0-9a-fA-F]{1,64})/settings/opt_outs/?";

	private final World world;

	UserSettingsRoutes(World world) {
		this.world = world;
	}

	void register(Router router) {
		router.authenticated("GET", "/api/v2/user/view_state_sync/?", this::viewStateSync)
			.authenticated("PUT", "/api/v2/user/view_state_sync/?", this::consent)
			.authenticated("GET", OPT_OUTS, this::optOuts)
			.authenticated("POST", OPT_OUTS, this::optOut);
	}

	/** Root element name unverified; PPA reads only its {@code consent} attribute. */
	private Answer viewStateSync(Call call) {
		return Answer.negotiated(call, 200, "viewStateSync",
				Map.of("consent", this.world.userSettings.viewStateSync(call.caller().id())));
	}

	/**
	 * PPA sends {@code consent=True} (Python's bool); success status unverified (PPA
	 * accepts 200/201/204): 204.
	 */
	private Answer consent(Call call) {
		String consent = call.query("consent");
		if (consent == null || !List.of("true", "1", "false", "0").contains(consent.toLowerCase())) {
			return PlexErrors.malformed(call);
		}
		this.world.userSettings.viewStateSync(call.caller().id(), PinRoutes.isTrue(consent));
		return Answer.empty(204);
	}

	/**
	 * Another account's uuid: 403 code 1043 (unverified choice from the §0.5 table). Root
	 * element {@code optOuts} unverified (PPA iterates the {@code optOut} children).
	 */
	private Answer optOuts(Call call) {
		if (!call.param(0).equalsIgnoreCase(call.caller().uuid())) {
			return PlexErrors.v2(call, 403, 1043, "This action is not available for this user");
		}
		List<Map<String, Object>> items = this.world.userSettings.optOuts(call.caller().id())
			.entrySet()
			.stream()
			.map((entry) -> item(entry.getKey(), entry.getValue()))
			.toList();
		return Answer.negotiated(call, 200, "optOuts", items);
	}

	/**
	 * Unknown key or value: 400 code 1004. Success answers the changed entry (unverified;
	 * PPA ignores the body).
	 */
	private Answer optOut(Call call) {
		if (!call.param(0).equalsIgnoreCase(call.caller().uuid())) {
			return PlexErrors.v2(call, 403, 1043, "This action is not available for this user");
		}
		String key = call.query("key");
		String value = call.query("value");
		if (!UserSettings.SOURCES.contains(key) || !UserSettings.CHOICES.contains(value)) {
			return PlexErrors.malformed(call);
		}
		this.world.userSettings.optOut(call.caller().id(), key, value);
		return Answer.negotiated(call, 200, "optOut", item(key, value));
	}

	private static Map<String, Object> item(String key, String value) {
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("key", key);
		item.put("value", value);
		return item;
	}

}
