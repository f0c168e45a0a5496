package app.plexinvite.plexsim;

import java.util.Map;

/**
 * What the simulator answers: status, content type and body text.
 *
 * @param status the HTTP status
 * @param contentType the Content-Type, or null for no body
 * @param body the body text ("" for none)
 * @param headers extra response headers
 */
record Answer(int status, String contentType, String body, Map<String, String> headers) {

	static final String XML = "application/xml; charset=utf-8";

	static final String JSON = "application/json; charset=utf-8";

	static final String HTML = "text/html; charset=utf-8";

	static Answer of(int status, String contentType, String body) {
		return new Answer(status, contentType, body, Map.of());
	}

	static Answer xml(int status, String body) {
		return of(status, XML, body);
	}

	static Answer json(int status, Object value) {
		return of(status, JSON, Wire.json(value));
	}

	static Answer html(int status, String body) {
		return of(status, HTML, body);
	}

	static Answer empty(int status) {
		return of(status, null, "");
	}

	/**
	 * The same object as JSON when the caller asked for it, else as XML (plex.tv v2,
	 * PMS).
	 */
	static Answer negotiated(Call call, int status, String xmlName, Object value) {
		if (call.wantsJson()) {
			return json(status, value);
		}
		Xml xml = (value instanceof java.util.List<?> list) ? Wire.list(xmlName, list)
				: Wire.xml(xmlName, castObject(value));
		if (value instanceof java.util.List<?> list) {
			xml.attr("size", list.size());
		}
		return xml(status, xml.document());
	}

	Answer withHeader(String name, String value) {
		Map<String, String> copy = new java.util.LinkedHashMap<>(this.headers);
		copy.put(name, value);
		return new Answer(this.status, this.contentType, this.body, copy);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, ?> castObject(Object value) {
		return (Map<String, ?>) value;
	}

}
