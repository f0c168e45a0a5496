package app.plexinvite.plexsim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON with Jackson 3, and the XML form of a v2 object. plex.tv v2 answers the same
 * object as JSON (Accept: application/json) or XML (default): scalars become attributes,
 * nested objects child elements, lists a wrapper element with singular children, e.g.
 * resources → {@code <resource><connections><connection/></connections></resource>}
 * (plex-protocol.md §0.2, §2a; PPA parses these tags) and roles ["plexpass"] →
 * {@code <roles><role id="plexpass"/></roles>} (PPA ACCOUNT_XML, §1a).
 */
final class Wire {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Wire() {
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	/**
	 * The JSON object in a body; empty for an empty body; null when it is not a JSON
	 * object.
	 */
	@SuppressWarnings("unchecked")
	static Map<String, Object> jsonObject(String body) {
		if (body == null || body.isBlank()) {
			return new LinkedHashMap<>();
		}
		try {
			Object value = JSON.readValue(body, Object.class);
			return (value instanceof Map<?, ?> map) ? (Map<String, Object>) map : null;
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	static Xml xml(String name, Map<String, ?> object) {
		Xml element = Xml.element(name);
		object.forEach((key, value) -> {
			if (value instanceof Map<?, ?> map) {
				element.child(xml(key, asObject(map)));
			}
			else if (value instanceof List<?> list) {
				element.child(list(key, list));
			}
			else {
				element.attr(key, value);
			}
		});
		return element;
	}

	static Xml list(String name, List<?> items) {
		Xml wrapper = Xml.element(name);
		String childName = singular(name);
		for (Object item : items) {
			wrapper.child((item instanceof Map<?, ?> map) ? xml(childName, asObject(map))
					: Xml.element(childName).attr("id", item));
		}
		return wrapper;
	}

	static String singular(String plural) {
		if (plural.endsWith("ies")) {
			return plural.substring(0, plural.length() - 3) + "y";
		}
		return plural.endsWith("s") ? plural.substring(0, plural.length() - 1) : plural;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, ?> asObject(Map<?, ?> map) {
		return (Map<String, ?>) map;
	}

}
