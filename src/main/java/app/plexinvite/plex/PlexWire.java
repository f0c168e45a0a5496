package app.plexinvite.plex;

import javax.xml.stream.XMLInputFactory;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.xml.XmlFactory;
import tools.jackson.dataformat.xml.XmlMapper;

/**
 * Reading what Plex sends: v2 JSON, v1 and PMS XML (plex-protocol.md §0.2). Lenient:
 * unknown fields are ignored, one element where a list is expected is a list, numbers and
 * booleans may arrive as strings ({@link #isTrue}). The XML reader has DTDs and external
 * entities switched off, so an answer cannot make us read local files (XXE).
 */
final class PlexWire {

	static final ObjectMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
		.build();

	static final ObjectMapper XML = XmlMapper.builder(XmlFactory.builder().xmlInputFactory(safeInputFactory()).build())
		.defaultUseWrapper(false)
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
		.build();

	private PlexWire() {
	}

	private static XMLInputFactory safeInputFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		return factory;
	}

	/** Reads JSON or XML, whichever the body is (PMS answers either, §0.2). */
	static <T> T read(String body, Class<T> type, String endpoint) {
		try {
			return mapperFor(body).readValue(body, type);
		}
		catch (JacksonException ex) {
			throw new PlexException(PlexException.Reason.PLEX_ERROR, null, "unreadable answer from " + endpoint, ex);
		}
	}

	/** Reads a JSON array or object of {@code type} (v2 lists, §7c, §8b). */
	static <T> T readJson(String body, tools.jackson.core.type.TypeReference<T> type, String endpoint) {
		try {
			return JSON.readValue(body, type);
		}
		catch (JacksonException ex) {
			throw new PlexException(PlexException.Reason.PLEX_ERROR, null, "unreadable answer from " + endpoint, ex);
		}
	}

	/** A tree of the body, or null when it is neither JSON nor XML (an HTML page). */
	static JsonNode tree(String body) {
		if (body == null || body.isBlank()) {
			return null;
		}
		try {
			return mapperFor(body).readTree(body);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	private static ObjectMapper mapperFor(String body) {
		String start = body.stripLeading();
		return (start.startsWith("{") || start.startsWith("[")) ? JSON : XML;
	}

	/** Plex booleans: "1"/"0" in XML, true/false in JSON (§0.2, PPA utils.cast). */
	static boolean isTrue(String value) {
		return value != null && ("1".equals(value.strip()) || "true".equalsIgnoreCase(value.strip()));
	}

	static Long toLong(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Long.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
