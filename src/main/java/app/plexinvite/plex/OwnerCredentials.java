package app.plexinvite.plex;

import java.time.Clock;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place the owner's Plex token and server name are looked up: the environment
 * ({@code plex.token}, {@code plex.server-name}) first, then what first-run set-up
 * stored. A stored token that cannot be decrypted (SECRET_KEY changed) is reported as
 * {@code NOT_CONFIGURED} with a message asking to connect Plex again.
 */
class OwnerCredentials {

	private static final Logger log = LoggerFactory.getLogger(OwnerCredentials.class);

	static final String UNREADABLE_KEY = "plex.error.token-unreadable";

	private final PlexProperties properties;

	private final StoredPlexCredentials stored;

	private final TokenCipher cipher;

	private final Clock clock;

	/** Only the environment: nothing is stored (tests, tools). */
	OwnerCredentials(PlexProperties properties) {
		this(properties, null, null, Clock.systemUTC());
	}

	OwnerCredentials(PlexProperties properties, StoredPlexCredentials stored, TokenCipher cipher, Clock clock) {
		this.properties = properties;
		this.stored = stored;
		this.cipher = cipher;
		this.clock = clock;
	}

	PlexToken token() {
		PlexToken fromEnvironment = PlexToken.ofNullable(this.properties.token());
		if (fromEnvironment != null) {
			return fromEnvironment;
		}
		StoredPlexCredentials.Row row = row().orElseThrow(() -> PlexException.of(PlexException.Reason.NOT_CONFIGURED,
				"set PLEX_TOKEN or sign in with Plex at /setup"));
		try {
			return this.cipher.decrypt(row.tokenCiphertext());
		}
		catch (TokenCipher.UnreadableToken ex) {
			log.warn("{}; connect Plex again at /setup", ex.getMessage());
			throw PlexException.notConfigured(ex.getMessage() + "; connect Plex again at /setup", UNREADABLE_KEY);
		}
	}

	/** The server's name, or null when neither the environment nor set-up gave one. */
	String serverName() {
		String name = this.properties.serverName();
		if (name != null && !name.isBlank()) {
			return name;
		}
		return row().map(StoredPlexCredentials.Row::serverName).orElse(null);
	}

	PlexCredentialStatus status() {
		boolean tokenInEnvironment = PlexToken.ofNullable(this.properties.token()) != null;
		String envName = this.properties.serverName();
		boolean nameInEnvironment = (envName != null && !envName.isBlank()) || this.properties.serverUrl() != null;
		boolean tokenReadable = tokenInEnvironment || readable();
		return new PlexCredentialStatus(tokenInEnvironment, nameInEnvironment, tokenReadable, serverName());
	}

	void store(PlexToken token, String serverName) {
		if (this.stored == null) {
			throw new IllegalStateException("Plex credentials cannot be stored here");
		}
		this.stored.save(this.cipher.encrypt(token), serverName, this.clock.instant());
	}

	private boolean readable() {
		try {
			return row().isPresent() && this.cipher.decrypt(row().get().tokenCiphertext()) != null;
		}
		catch (TokenCipher.UnreadableToken ex) {
			return false;
		}
	}

	private Optional<StoredPlexCredentials.Row> row() {
		return (this.stored != null) ? this.stored.find() : Optional.empty();
	}

}
