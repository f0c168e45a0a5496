package app.plexinvite.plex;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.HttpMethod;

/** Plex sign-in with a PIN (plex-protocol.md §10). No token is sent on these calls. */
final class PinCalls {

	private final PlexHttp http;

	private final URI tv;

	private final URI app;

	private final ClientIdentity identity;

	PinCalls(PlexHttp http, URI tv, URI app, ClientIdentity identity) {
		this.http = http;
		this.tv = tv;
		this.app = app;
		this.identity = identity;
	}

	/**
	 * {@code POST https://plex.tv/api/v2/pins?strong=true}, no token, no body, 201 – §10a
	 * (OVR, WIZ, TAU). Retried only on 429/503: a second PIN would be harmless but
	 * unused.
	 */
	PlexPin create() {
		URI uri = PlexHttp.at(this.tv, "/api/v2/pins?strong=true");
		return toPin(this.http.send(new PlexCall(HttpMethod.POST, uri, null, true, null, false)));
	}

	/**
	 * {@code GET https://plex.tv/api/v2/pins/{id}} – §10c; {@code authToken} is set once
	 * approved; 404 (code 1020 "Code not found or expired") means expired.
	 */
	PlexPin poll(long pinId) {
		try {
			return toPin(this.http.send(PlexCall.get(PlexHttp.at(this.tv, "/api/v2/pins/{id}", pinId), null)));
		}
		catch (PlexException ex) {
			throw PlexErrors.notFoundMeans(ex, PlexException.Reason.PIN_EXPIRED);
		}
	}

	/**
	 * The app.plex.tv sign-in page for a PIN – §10b ({@code auth#?} form): clientID must
	 * equal our X-Plex-Client-Identifier, the device context names us in the owner's
	 * Authorized Devices, forwardUrl is where the page sends the browser afterwards.
	 */
	URI authUrl(PlexPin pin, URI forwardUrl) {
		Map<String, String> params = new LinkedHashMap<>();
		params.put("clientID", this.identity.clientIdentifier());
		params.put("code", pin.code());
		Map<String, String> headers = this.identity.headers();
		params.put("context[device][product]", ClientIdentity.PRODUCT);
		params.put("context[device][version]", this.identity.version());
		params.put("context[device][platform]", headers.get("X-Plex-Platform"));
		params.put("context[device][platformVersion]", headers.get("X-Plex-Platform-Version"));
		params.put("context[device][device]", headers.get("X-Plex-Device"));
		params.put("context[device][deviceName]", headers.get("X-Plex-Device-Name"));
		if (forwardUrl != null) {
			params.put("forwardUrl", forwardUrl.toString());
		}
		String fragment = params.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		return URI.create(this.app.toString().replaceAll("/+$", "") + "/auth#?" + fragment);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static PlexPin toPin(String body) {
		PinWire pin = PlexWire.read(body, PinWire.class, "/api/v2/pins");
		return new PlexPin(pin.id(), pin.code(), instant(pin.expiresAt()), PlexToken.ofNullable(pin.authToken()));
	}

	private static Instant instant(String value) {
		try {
			return (value == null || value.isBlank()) ? null : Instant.parse(value);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	/**
	 * {@code /api/v2/pins} JSON (§10a: SPEC-LH-old AuthPinContainer; createdAt/expiresAt
	 * ISO).
	 */
	record PinWire(long id, String code, String expiresAt, String authToken) {
	}

}
