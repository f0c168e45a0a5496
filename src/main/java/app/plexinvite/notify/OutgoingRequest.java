package app.plexinvite.notify;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One POST to an endpoint, as its kind wants it: the configured address, headers and the
 * exact body bytes.
 */
record OutgoingRequest(URI uri, Map<String, String> headers, byte[] body) {

	String bodyText() {
		return new String(this.body, StandardCharsets.UTF_8);
	}

}
