package app.plexinvite.plexsim;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * One request as the simulator received it.
 *
 * @param method the HTTP method
 * @param path the decoded path
 * @param query the raw query string, or null
 * @param headers the request headers
 * @param body the request body as text ("" when empty)
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
		String body) {

	public RecordedRequest {
		headers = Map.copyOf(headers);
	}

	/**
	 * The first value of a header, matched case-insensitively.
	 * @param name the header name
	 * @return the first value or null
	 */
	public String header(String name) {
		return this.headers.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty())
			.map((entry) -> entry.getValue().get(0))
			.findFirst()
			.orElse(null);
	}

	/**
	 * The first value of a query parameter, URL-decoded.
	 * @param name the parameter name (case-sensitive, as Plex treats it)
	 * @return the decoded value or null
	 */
	public String queryParam(String name) {
		return firstParam(this.query, name);
	}

	static String firstParam(String rawQuery, String name) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return null;
		}
		for (String pair : rawQuery.split("&")) {
			int eq = pair.indexOf('=');
			String key = decode((eq < 0) ? pair : pair.substring(0, eq));
			if (key.equals(name)) {
				return (eq < 0) ? "" : decode(pair.substring(eq + 1));
			}
		}
		return null;
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

}
