package app.plexinvite.plex;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Turns a failed answer into a {@link PlexException}: the reason from the status and the
 * Plex message, the message extracted from any of Plex's error envelopes
 * (plex-protocol.md §0.5): v2 JSON {@code {"errors":[{"message":…}]}}, v2 XML
 * {@code <errors><error message=…/>} or {@code <error>Invalid token</error>}, v1 XML
 * {@code <Response code=… status=…/>}. The raw body is logged here, once, truncated; the
 * request is named by method and path only (tokens travel in headers, never in URLs).
 */
final class PlexErrors {

	private static final Logger log = LoggerFactory.getLogger(PlexErrors.class);

	private static final int LOGGED_BODY_CHARS = 500;

	private PlexErrors() {
	}

	static PlexException fromAnswer(String request, int status, String body) {
		String message = plexMessage(body);
		log.warn("Plex answered {} to {}: {}", status, request, truncate(body));
		return new PlexException(reasonFor(status, message), status, message, null);
	}

	static PlexException.Reason reasonFor(int status, String message) {
		String text = (message != null) ? message.toLowerCase(Locale.ROOT) : "";
		if (status == 401) {
			return PlexException.Reason.TOKEN_REJECTED;
		}
		if (status == 422 && text.contains("invalid token")) {
			// A deauthorized token gets 422 "Invalid token", not 401 (§1a, python-plexapi
			// PR #1138).
			return PlexException.Reason.TOKEN_REJECTED;
		}
		if (status == 429) {
			return PlexException.Reason.RATE_LIMITED;
		}
		if (status == 400 && text.contains("already sharing")) {
			// v1 "You're already sharing this server with X" (§5a; WIZ plex.py L1393).
			return PlexException.Reason.ALREADY_SHARED;
		}
		if (status == 400 && text.contains("invalid username")) {
			// The simulator's wording for an unknown invitee; plex.tv's own text was
			// never
			// captured (§5a "unknown username: no captured text").
			return PlexException.Reason.UNKNOWN_USER;
		}
		return PlexException.Reason.PLEX_ERROR;
	}

	/** A 404 from a call about one thing (a PIN, a share) means that thing is gone. */
	static PlexException notFoundMeans(PlexException ex, PlexException.Reason reason) {
		if (ex.httpStatus().filter((status) -> status == 404).isEmpty()) {
			return ex;
		}
		return new PlexException(reason, 404, ex.plexMessage().orElse(null), ex);
	}

	/** The human text inside a Plex error body, or null. */
	static String plexMessage(String body) {
		JsonNode tree = PlexWire.tree(body);
		if (tree == null) {
			return null;
		}
		for (String field : new String[] { "message", "status", "error", "" }) {
			for (JsonNode value : tree.findValues(field)) {
				if (value.isString() && !value.stringValue().isBlank() && !isNumber(value.stringValue())) {
					return value.stringValue().strip();
				}
			}
		}
		return null;
	}

	private static boolean isNumber(String text) {
		return text.strip().chars().allMatch(Character::isDigit);
	}

	static String truncate(String body) {
		if (body == null) {
			return "";
		}
		String flat = body.replaceAll("\\s+", " ").strip();
		return (flat.length() > LOGGED_BODY_CHARS) ? flat.substring(0, LOGGED_BODY_CHARS) + "…" : flat;
	}

}
