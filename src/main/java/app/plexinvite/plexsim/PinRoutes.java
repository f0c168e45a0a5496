package app.plexinvite.plexsim;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The OAuth PIN: {@code POST /api/v2/pins} and {@code GET /api/v2/pins/{id}}
 * (plex-protocol.md §10).
 */
final class PinRoutes {

	private final World world;

	PinRoutes(World world) {
		this.world = world;
	}

	void register(Router router) {
		router.open("POST", "/api/v2/pins/?", this::create).open("GET", "/api/v2/pins/(\\d{1,18})/?", this::poll);
	}

	/** §10a: strong via query or form/JSON body, case-insensitive true/1; 201. */
	private Answer create(Call call) {
		boolean strong = isTrue(call.field("strong"));
		String product = call.plexValue("X-Plex-Product");
		Pin pin = this.world.pins.create(strong, call.clientIdentifier(), product, this.world.now());
		return Answer.negotiated(call, 201, "pin", pin(pin));
	}

	/**
	 * §10c: same client identifier; expired, unknown or someone else's PIN: 404 code
	 * 1020.
	 */
	private Answer poll(Call call) {
		return this.world.pins.find(Long.parseLong(call.param(0)))
			.filter((pin) -> pin.clientIdentifier().equals(call.clientIdentifier()))
			.filter((pin) -> !pin.expiredAt(this.world.now()))
			.map((pin) -> Answer.negotiated(call, 200, "pin", pin(pin)))
			.orElseGet(() -> PlexErrors.v2(call, 404, 1020, "Code not found or expired"));
	}

	private Map<String, Object> pin(Pin pin) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("id", pin.id());
		json.put("code", pin.code());
		json.put("product", (pin.product() != null) ? pin.product() : "0");
		json.put("trusted", false);
		json.put("qr", "https://plex.tv/api/v2/pins/qr/" + pin.code());
		json.put("clientIdentifier", pin.clientIdentifier());
		json.put("location", location());
		json.put("expiresIn", Math.max(0, Duration.between(this.world.now(), pin.expiresAt()).toSeconds()));
		json.put("createdAt", Times.iso(pin.createdAt()));
		json.put("expiresAt", Times.iso(pin.expiresAt()));
		json.put("authToken", pin.authToken());
		json.put("newRegistration", null);
		return json;
	}

	private static Map<String, Object> location() {
		Map<String, Object> location = new LinkedHashMap<>();
		location.put("code", "US");
		location.put("european_union_member", false);
		location.put("continent_code", "NA");
		location.put("country", "United States");
		location.put("city", "Localhost");
		location.put("time_zone", "UTC");
		location.put("postal_code", "00000");
		location.put("in_privacy_restricted_country", false);
		location.put("in_privacy_restricted_region", false);
		location.put("subdivisions", "");
		location.put("coordinates", "0.0, 0.0");
		return location;
	}

	static boolean isTrue(Object value) {
		if (value instanceof Boolean bool) {
			return bool;
		}
		String text = (value != null) ? value.toString().toLowerCase(Locale.ROOT) : "";
		return text.equals("true") || text.equals("1");
	}

}
