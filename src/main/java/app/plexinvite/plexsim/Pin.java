package app.plexinvite.plexsim;

import java.time.Instant;

/**
 * A plex.tv PIN (plex-protocol.md §10): created by a client, approved on the auth page,
 * polled with the same client identifier.
 */
record Pin(long id, String code, String clientIdentifier, String product, Instant createdAt, Instant expiresAt,
		String authToken) {

	boolean expiredAt(Instant now) {
		return !now.isBefore(this.expiresAt);
	}

	Pin approve(String token, Instant now) {
		if (expiredAt(now)) {
			throw new IllegalStateException("PIN " + this.id + " expired at " + this.expiresAt);
		}
		if (this.authToken != null) {
			throw new IllegalStateException("PIN " + this.id + " is already approved");
		}
		return new Pin(this.id, this.code, this.clientIdentifier, this.product, this.createdAt, this.expiresAt, token);
	}

}
