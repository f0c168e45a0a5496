package app.plexinvite.plexsim;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One request inside the simulator, with the route's path parameters and the
 * authenticated caller once known.
 *
 * @param request the request as recorded
 * @param params the path parameters of the matched route
 * @param caller the account owning the token, or null
 * @param rails whether a Rails app (plex.tv) negotiates the format
 */
record Call(RecordedRequest request, List<String> params, SimAccount caller, boolean rails) {

	/**
	 * Rails ignores an Accept that lists {@code *}{@code /*} beside other types
	 * (actionpack {@code MimeNegotiation::BROWSER_LIKE_ACCEPTS}), unless the request is
	 * an XHR.
	 */
	private static final Pattern BROWSER_LIKE_ACCEPTS = Pattern.compile(",\\s*\\*/\\*|\\*/\\*\\s*,");

	static Call of(RecordedRequest request) {
		return new Call(request, List.of(), null, false);
	}

	Call withParams(List<String> values) {
		return new Call(this.request, values, this.caller, this.rails);
	}

	Call withCaller(SimAccount account) {
		return new Call(this.request, this.params, account, this.rails);
	}

	/** The same call as plex.tv's Rails app reads it. */
	Call onRails() {
		return new Call(this.request, this.params, this.caller, true);
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

	/**
	 * plex-protocol.md §0.2: JSON only when Accept names application/json. On plex.tv not
	 * when it is browser-like: axios' default
	 * {@code application/json, text/plain, *}{@code /*} gets XML from plex.tv
	 * (jjdenhertog/spotify-to-plex #122, verified 2026-07-29).
	 */
	boolean wantsJson() {
		String accept = this.request.header("Accept");
		if (accept == null || (this.rails && BROWSER_LIKE_ACCEPTS.matcher(accept).find()
				&& !"XMLHttpRequest".equalsIgnoreCase(this.request.header("X-Requested-With")))) {
			return false;
		}
		return accept.toLowerCase(Locale.ROOT).contains("application/json");
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
