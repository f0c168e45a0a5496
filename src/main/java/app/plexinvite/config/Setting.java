package app.plexinvite.config;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One environment variable the owner may set: its name (and the seed app's aliases), the
 * Spring property it feeds, its default and a sentence for the README and .env.example.
 * The README test keeps the documentation in step with this list.
 */
enum Setting {

	SECRET_KEY("plexinvite.secret-key", null, SettingKind.TEXT,
			"Key for signing sign-in cookies; generated once beside the database when missing."),
	PUBLIC_URL("plexinvite.public-url", null, SettingKind.URL,
			"The address people use to reach Plex Invite; every link is built from it."),
	HOST("server.address", "0.0.0.0", SettingKind.TEXT, "Address to listen on.", "FLASK_HOST"),
	PORT("server.port", "5000", SettingKind.PORT, "Port to listen on.", "FLASK_PORT"),
	DEBUG("plexinvite.debug", "false", SettingKind.BOOLEAN, "More detailed logs (never shown in pages).",
			"FLASK_DEBUG"),
	ADMIN_USERNAME("security.admin-username", "admin", SettingKind.TEXT, "The owner's sign-in name."),
	ADMIN_PASSWORD_HASH("security.admin-password-hash", null, SettingKind.TEXT,
			"The owner's password hash: argon2 (from hash-password), bcrypt, or werkzeug pbkdf2/scrypt; when empty, first-run set-up creates the account."),
	TRUSTED_PROXIES("security.proxy.trusted-proxies", null, SettingKind.TEXT,
			"Reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed: addresses or CIDRs, comma-separated."),
	RATE_LIMIT_INVITE("security.rate-limit.invite", "5/minute;20/hour", SettingKind.TEXT,
			"Invite requests one client may send, e.g. 5/minute;20/hour (units: second, minute, hour, day)."),
	RATE_LIMIT_DEFAULT("security.rate-limit.public-routes", "50/hour;200/day", SettingKind.TEXT,
			"Requests one client may make to the other public pages."),
	RATE_LIMIT_INVITE_TOTAL("security.rate-limit.invite-total", "200/hour", SettingKind.TEXT,
			"Invite requests all clients together may send."),
	INVITE_CODE("invite.code", null, SettingKind.TEXT, "When set, the public request form asks for this code."),
	APPROVAL_REQUIRED("invite.approval-required", "false", SettingKind.BOOLEAN,
			"When true, each request waits for the owner's approval before the invite is sent."),
	PLEX_TOKEN("plex.token", null, SettingKind.TEXT,
			"The server owner's Plex token; when empty, first-run set-up signs in with Plex."),
	PLEX_SERVER_NAME("plex.server-name", null, SettingKind.TEXT,
			"The Plex server to share, by its exact name on plex.tv."),
	PLEX_SERVER_URL("plex.server-url", null, SettingKind.URL,
			"Direct address of the Plex Media Server; when empty it is found through plex.tv."),
	PLEX_TV_URL("plex.tv-url", "https://plex.tv", SettingKind.URL, "Base address of plex.tv."),
	PLEX_CLIENTS_URL("plex.clients-url", "https://clients.plex.tv", SettingKind.URL,
			"Base address of clients.plex.tv (sharing and invite acceptance)."),
	PLEX_APP_URL("plex.app-url", "https://app.plex.tv", SettingKind.URL,
			"Base address of Plex's sign-in page (app.plex.tv)."),
	PLEX_CONCURRENCY("plex.max-concurrent-calls", "4", SettingKind.CONCURRENCY,
			"How many plex.tv calls may run at once (1 to 50); the invite pipeline sends that many invites side by side."),
	DATABASE_PATH("plexinvite.database-path", "invites.db", SettingKind.TEXT, "SQLite database file."),
	DATABASE_URL("plexinvite.database-url", null, SettingKind.JDBC_URL,
			"A JDBC URL (PostgreSQL or SQLite); wins over DATABASE_PATH."),
	DATABASE_USERNAME("spring.datasource.username", null, SettingKind.TEXT,
			"User name for DATABASE_URL, when not in the URL."),
	DATABASE_PASSWORD("spring.datasource.password", null, SettingKind.TEXT,
			"Password for DATABASE_URL, when not in the URL."),
	PEOPLE_SYNC_INTERVAL("people.sync-interval", "30m", SettingKind.DURATION,
			"How often the people list is read from plex.tv, e.g. 30m; 0 turns the schedule off."),
	PEOPLE_EXPIRY_INTERVAL("people.expiry-interval", "1m", SettingKind.DURATION,
			"How often access past its end date is looked for and removed."),
	EXPIRY_WARNING("people.expiry-warning", "3d", SettingKind.DURATION,
			"How long before access ends it counts as expiring soon (and notifications go out)."),
	SMTP_HOST("mail.host", null, SettingKind.TEXT,
			"SMTP server for e-mail, e.g. smtp.example.com; when set, the e-mail page shows it read-only."),
	SMTP_PORT("mail.port", null, SettingKind.PORT, "SMTP port; 587 when set neither here nor on the e-mail page."),
	SMTP_SECURITY("mail.security", null, SettingKind.TEXT,
			"starttls (required; the default), tls (TLS from the start, usually port 465) or none."),
	SMTP_USERNAME("mail.username", null, SettingKind.TEXT, "SMTP user name; empty sends without signing in."),
	SMTP_PASSWORD("mail.password", null, SettingKind.TEXT, "SMTP password (never shown nor logged)."),
	SMTP_FROM("mail.from", null, SettingKind.TEXT, "Sender of every e-mail, e.g. Plex Invite <invite@example.com>."),
	OWNER_EMAIL("mail.owner-email", null, SettingKind.TEXT, "Where the owner's notifications go."),
	BATCH_CONCURRENCY("batch.concurrency", "3", SettingKind.CONCURRENCY,
			"Batch invitations: how many of their requests may wait in the invite pipeline at once (1 to 50)."),
	BATCH_RATE("batch.rate", "30/minute", SettingKind.RATE,
			"Batch invitations: how many rows are handed to the invite pipeline at most, e.g. 30/minute (per second, minute, hour or day)."),
	API_RATE_LIMIT("api.rate-limit", "120/minute", SettingKind.TEXT,
			"Calls one REST API key may make, e.g. 120/minute or 120/minute;2000/hour."),
	FORCE_LANGUAGE("i18n.force-language", null, SettingKind.LANGUAGE,
			"Every page in this language, without the language switcher: en, de, fr, es, pt-BR, nl, it or sv; when empty, each visitor's choice or browser language."),
	PLEX_SIM_PORT("plexsim.port", "0", SettingKind.PORT_OR_ZERO,
			"Demo mode: port of the Plex simulator (0 picks a free one)."),
	PLEX_SIM_LATENCY("plexsim.latency", "0ms", SettingKind.DURATION,
			"Demo mode: delay the simulator adds to every answer, e.g. 300ms."),
	PLEX_SIM_ERROR_RATE("plexsim.error-rate", "0", SettingKind.FRACTION,
			"Demo mode: share of simulated plex.tv answers that fail with 503, from 0 to 1."),
	METRICS_TOKEN("plexinvite.metrics-token", null, SettingKind.TEXT,
			"Lets a scraper read /actuator/prometheus with Authorization: Bearer <token>; empty: only the signed-in owner may."),
	BASE_PATH("plexinvite.base-path", null, SettingKind.PATH,
			"Serve under this path behind a reverse proxy, e.g. /invite; when empty, PUBLIC_URL's path (if any), else the root."),
	LOG_FORMAT("plexinvite.log-format", "plain", SettingKind.LOG_FORMAT,
			"plain, or json for one JSON object per line on the console (Elastic Common Schema).");

	private final String property;

	private final String defaultValue;

	private final SettingKind kind;

	private final String description;

	private final List<String> aliases;

	Setting(String property, String defaultValue, SettingKind kind, String description, String... aliases) {
		this.property = property;
		this.defaultValue = defaultValue;
		this.kind = kind;
		this.description = description;
		this.aliases = List.of(aliases);
	}

	String property() {
		return this.property;
	}

	Optional<String> defaultValue() {
		return Optional.ofNullable(this.defaultValue);
	}

	SettingKind kind() {
		return this.kind;
	}

	String description() {
		return this.description;
	}

	/**
	 * The variable names read, in order of preference: the name itself, then the seed
	 * app's aliases.
	 */
	List<String> names() {
		return java.util.stream.Stream.concat(java.util.stream.Stream.of(name()), this.aliases.stream()).toList();
	}

	List<String> aliases() {
		return this.aliases;
	}

	/**
	 * The first value found under any of this setting's names, trimmed; blank counts as
	 * absent.
	 */
	Optional<String> lookup(Function<String, String> source) {
		return names().stream()
			.map(source)
			.filter(value -> value != null && !value.isBlank())
			.map(String::trim)
			.findFirst();
	}

	static Optional<Setting> forProperty(String property) {
		return java.util.Arrays.stream(values()).filter(setting -> setting.property.equals(property)).findFirst();
	}

}
