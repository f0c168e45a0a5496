package app.plexinvite.security;

/**
 * The families of password hash we recognise, told apart by their prefix alone. The label
 * is safe to log: it names the family, never anything from the hash.
 */
enum HashFamily {

	WERKZEUG_PBKDF2("werkzeug pbkdf2"),

	WERKZEUG_SCRYPT("werkzeug scrypt"),

	BCRYPT("bcrypt"),

	ARGON2("argon2"),

	UNKNOWN("unknown");

	private final String label;

	HashFamily(String label) {
		this.label = label;
	}

	String label() {
		return this.label;
	}

	static HashFamily of(String encoded) {
		if (isWerkzeugMethod(encoded, "pbkdf2")) {
			return WERKZEUG_PBKDF2;
		}
		if (isWerkzeugMethod(encoded, "scrypt")) {
			return WERKZEUG_SCRYPT;
		}
		if (encoded.startsWith("$2")) {
			return BCRYPT;
		}
		if (encoded.startsWith("$argon2")) {
			return ARGON2;
		}
		return UNKNOWN;
	}

	private static boolean isWerkzeugMethod(String encoded, String method) {
		return encoded.equals(method) || encoded.startsWith(method + ":") || encoded.startsWith(method + "$");
	}

}
