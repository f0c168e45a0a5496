package app.plexinvite.plexsim;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One request inside the simulator, with the route's path parameters and the
 * authenticated caller once known.
 *
 * @param request the request as recorded
 * @param params the path parameters of the matched route
 * @param caller the account owning the token, or null
 */
record Call(RecordedRequest request, List<String> params, SimAccount caller) {

	static Call of(RecordedRequest request) {
		return new Call(request, List.of(), null);
	}

	Call withParams(List<String> values) {
		return new Call(this.request, values, this.caller);
	}

	Call withCaller(SimAccount account) {
		return new Call(this.request, this.params, account);
	}

	String method() {
		return this.request.method();
	}

	String path() {
		return this.request.path();
	}

	String param(int index) {
		return this.params.get(index);
	}

	/** plex-protocol.md §0.3: header or query parameter, on plex.tv and PMS alike. */
	String plexValue(String name) {
		String header = this.request.header(name);
		return (header != null && !header.isBlank()) ? header : blankToNull(this.request.queryParam(name));
	}

	String token() {
		return plexValue("X-Plex-Token");
	}

	String clientIdentifier() {
		return plexValue("X-Plex-Client-Identifier");
	}

	boolean isV2() {
		return path().startsWith("/api/v2/") || path().equals("/api/v2");
	}

	/** plex-protocol.md §0.2: JSON only when Accept names application/json. */
	boolean wantsJson() {
		String accept = this.request.header("Accept");
		return accept != null && accept.toLowerCase(Locale.ROOT).contains("application/json");
	}

	String query(String name) {
		return this.request.queryParam(name);
	}

	/** A field from the query, a form body or a JSON body, in that order. */
	Object field(String name) {
		String fromQuery = query(name);
		if (fromQuery != null) {
			return fromQuery;
		}
		String type = this.request.header("Content-Type");
		if (type != null && type.toLowerCase(Locale.ROOT).contains("application/x-www-form-urlencoded")) {
			return RecordedRequest.firstParam(this.request.body(), name);
		}
		Map<String, Object> json = jsonBody();
		return (json != null) ? json.get(name) : null;
	}

	Map<String, Object> jsonBody() {
		return Wire.jsonObject(this.request.body());
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
