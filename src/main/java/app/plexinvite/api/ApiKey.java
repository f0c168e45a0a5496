package app.plexinvite.api;

import java.time.Instant;

/**
 * An API key as stored: never the key itself, only its SHA-256 and its first characters.
 * Public only for the template engine.
 *
 * @param id the key's id
 * @param name the owner's name for it (who uses it), shown in the audit log
 * @param displayPrefix the first characters of the key, to tell keys apart
 * @param createdAt when it was made
 * @param createdBy the owner who made it
 * @param lastUsedAt when it last authenticated a call (to the minute), or null
 * @param revokedAt when the owner revoked it, or null
 */
public record ApiKey(long id, String name, String displayPrefix, Instant createdAt, String createdBy,
		Instant lastUsedAt, Instant revokedAt) {

	static final int MAX_NAME = 100;

	public boolean active() {
		return this.revokedAt == null;
	}

	/** What the audit log and the history of a person call whoever used this key. */
	String actorName() {
		return "API key " + this.name;
	}

}
