package app.plexinvite.security;

/**
 * A password hash we refuse to verify. The message is a short human reason that reads
 * after "ADMIN_PASSWORD_HASH is " and never contains any part of the hash.
 */
final class UnsupportedHashFormat extends IllegalArgumentException {

	UnsupportedHashFormat(String reason) {
		super(reason);
	}

}
