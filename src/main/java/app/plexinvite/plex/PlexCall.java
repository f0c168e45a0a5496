package app.plexinvite.plex;

import java.net.URI;

import org.springframework.http.HttpMethod;

/**
 * One Plex request.
 *
 * @param method the HTTP method
 * @param uri the full address (no token in it)
 * @param token the X-Plex-Token header, or null
 * @param json whether to ask for JSON (v2 and PMS, §0.2)
 * @param body a JSON body, or null
 * @param idempotent whether repeating it after an ambiguous 5xx is harmless
 */
record PlexCall(HttpMethod method, URI uri, PlexToken token, boolean json, String body, boolean idempotent) {

	static PlexCall get(URI uri, PlexToken token) {
		return new PlexCall(HttpMethod.GET, uri, token, true, null, true);
	}

	PlexCall xml() {
		return new PlexCall(this.method, this.uri, this.token, false, this.body, this.idempotent);
	}

	String describe() {
		return this.method + " " + this.uri.getHost() + this.uri.getRawPath();
	}

}
