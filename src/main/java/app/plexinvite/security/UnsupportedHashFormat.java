package app.plexinvite.security;

/**
 * A password hash we refuse to verify. The message is a short human reason that reads
 * after "ADMIN_PASSWORD_HASH is " and never contains any part of the hash.
 */
final class UnsupportedHashFormat extends IllegalArgumentException {

	private final HashFamily family;

	UnsupportedHashFormat(HashFamily family, String reason) {
		super(reason);
		this.family = family;
	}

	HashFamily family() {
		return this.family;
	}

}
