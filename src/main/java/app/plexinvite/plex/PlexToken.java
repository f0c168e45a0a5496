package app.plexinvite.plex;

import java.util.Objects;

/**
 * A plex.tv or Plex Media Server token. Opaque: neither its length nor its shape is
 * checked, because Plex issues both 20-character tokens and JWTs (plex-protocol.md §0.3).
 * It masks itself in {@link #toString()} so it cannot leak into logs or exception
 * messages; the client sends it only as the {@code X-Plex-Token} header, never in a URL.
 *
 * @param value the token as Plex issued it
 */
public record PlexToken(String value) {

	public PlexToken {
		Objects.requireNonNull(value, "value");
		if (value.isBlank()) {
			throw new IllegalArgumentException("A Plex token cannot be blank");
		}
		value = value.strip();
	}

	/**
	 * A token from configuration or a form, or {@code null} when none was given.
	 * @param value the raw text, possibly null or blank
	 * @return the token, or null
	 */
	static PlexToken ofNullable(String value) {
		return (value == null || value.isBlank()) ? null : new PlexToken(value);
	}

	@Override
	public String toString() {
		return "PlexToken[masked]";
	}

}
