package app.plexinvite.plex;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Who we are to Plex: the X-Plex-* identity headers, set once on every request
 * (plex-protocol.md §0.3, §0.4). The client identifier is the installation's persistent
 * UUID (Plex rate-limits per identifier and PINs are bound to it, §10b, §11); never a
 * random value per request.
 *
 * <p>
 * No {@code X-Plex-Provides}: python-plexapi sends "controller" (§0.4), but the OAuth
 * clients closest to us (Overseerr, Wizarr, Tautulli) and Ombi send none (§0.4 "Other
 * clients' header sets"), and we cannot remote-control players, which is what
 * "controller" advertises.
 *
 * @param clientIdentifier X-Plex-Client-Identifier, also the {@code clientID} of the
 * sign-in page
 * @param version X-Plex-Version, the application's version
 */
record ClientIdentity(String clientIdentifier, String version) {

	static final String PRODUCT = "Plex Invite";

	ClientIdentity {
		Objects.requireNonNull(clientIdentifier, "clientIdentifier");
		if (clientIdentifier.isBlank()) {
			throw new IllegalArgumentException("The Plex client identifier cannot be blank");
		}
		version = (version == null || version.isBlank()) ? "dev" : version;
	}

	/** The headers in the order python-plexapi lists them (§0.4). */
	Map<String, String> headers() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("X-Plex-Client-Identifier", this.clientIdentifier);
		headers.put("X-Plex-Product", PRODUCT);
		headers.put("X-Plex-Version", this.version);
		headers.put("X-Plex-Platform", "Java");
		headers.put("X-Plex-Platform-Version", System.getProperty("java.version", "21"));
		headers.put("X-Plex-Device", System.getProperty("os.name", "Server"));
		headers.put("X-Plex-Device-Name", PRODUCT);
		return headers;
	}

}
