package app.plexinvite.mail;

/**
 * How the connection to the SMTP server is protected. Each value carries its help text.
 */
enum SmtpSecurity {

	STARTTLS("Starts plain, then switches to TLS (usually port 587); refuses to send when the server cannot."),

	TLS("TLS from the first byte (usually port 465)."),

	NONE("No encryption: only for a server on this machine or your own network.");

	private final String meaning;

	SmtpSecurity(String meaning) {
		this.meaning = meaning;
	}

	public String meaning() {
		return this.meaning;
	}

}
