package app.plexinvite.plex;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.web.client.RestClient;

/**
 * Plex Invite's own Plex client: one method per Plex operation (plex-protocol.md names
 * each endpoint in the class that calls it). Owner operations use {@code plex.token} and
 * fail with {@code NOT_CONFIGURED} while it is unset; every failure is a
 * {@link PlexException}.
 */
public class PlexClient {

	private static final Duration LONGEST_PROBE = Duration.ofSeconds(3);

	private final OwnerCredentials credentials;

	private final AccountCalls accounts;

	private final PinCalls pins;

	private final ServerLocator locator;

	private final LibraryCalls libraries;

	private final ShareListCalls lists;

	private final SharingCalls sharing;

	private final KnownServer server;

	private final int maxConcurrentCalls;

	PlexClient(PlexProperties properties, RestClient.Builder builder, ClientIdentity identity, Sleeper sleeper,
			Clock clock) {
		this(properties, new OwnerCredentials(properties), builder, identity, sleeper, clock,
				new SimpleMeterRegistry());
	}

	PlexClient(PlexProperties properties, OwnerCredentials credentials, RestClient.Builder builder,
			ClientIdentity identity, Sleeper sleeper, Clock clock, MeterRegistry registry) {
		this.credentials = credentials;
		this.maxConcurrentCalls = properties.maxConcurrentCalls();
		PlexHttp http = new PlexHttp(properties, builder, identity, sleeper, clock, registry);
		Duration probe = min(properties.connectTimeout(), LONGEST_PROBE);
		MediaServerCalls mediaServer = new MediaServerCalls(http, PlexHttp.build(builder, identity, probe, probe));
		this.accounts = new AccountCalls(http, properties.tvUrl());
		this.pins = new PinCalls(http, properties.tvUrl(), properties.appUrl(), identity);
		this.locator = new ServerLocator(http, properties, credentials, mediaServer);
		this.server = new KnownServer(this.locator, credentials);
		this.libraries = new LibraryCalls(http, mediaServer, properties.tvUrl());
		this.lists = new ShareListCalls(http, properties.tvUrl(), properties.clientsUrl());
		this.sharing = new SharingCalls(http, properties.tvUrl(), properties.clientsUrl(), this.lists);
	}

	/** The account a token belongs to ({@code GET /api/v2/user}). */
	public PlexAccount account(PlexToken token) {
		return this.accounts.account(token);
	}

	/** The account behind the configured owner token ({@code GET /api/v2/user}). */
	public PlexAccount ownerAccount() {
		return this.accounts.account(this.credentials.token());
	}

	/**
	 * Whether the owner has an active Plex Pass ({@code subscription.active} of
	 * {@code GET /api/v2/user}, plex-protocol.md §1a): then friends play remotely without
	 * a Remote Watch Pass of their own.
	 */
	public boolean ownerHasPlexPass() {
		return this.accounts.hasPlexPass(this.credentials.token());
	}

	/** Whether plex.tv accepts the token ({@code GET /api/v2/ping}). */
	public boolean ping(PlexToken token) {
		return this.accounts.ping(token);
	}

	/**
	 * The configured server and a working address (found once, again after a failure).
	 */
	public PlexServerConnection server() {
		return this.server.get();
	}

	/**
	 * Looks the configured server up again (plex.tv resources and a probe of each
	 * address), ignoring the address found before; for the owner's "test connection".
	 */
	public PlexServerConnection locateServer() {
		this.server.forget();
		return server();
	}

	/**
	 * The server's libraries with their plex.tv ids; unshareable ones are kept, flagged.
	 */
	public List<PlexLibrary> libraries() {
		return this.server.call(() -> this.libraries.libraries(server(), this.credentials.token()));
	}

	/**
	 * Shares the server with an e-mail or username; an existing share is updated instead.
	 */
	public ShareResult share(String invitee, LibrarySelection libraries, ShareSettings settings) {
		requireText(invitee, "invitee");
		return this.sharing.share(server().machineIdentifier(), invitee.strip(), libraries, settings,
				this.credentials.token());
	}

	/** Sets a share's libraries and settings. */
	public void updateShare(long shareId, LibrarySelection libraries, ShareSettings settings) {
		this.sharing.update(server().machineIdentifier(), shareId, libraries, settings, this.credentials.token());
	}

	/** Ends a share of this server (the friendship itself stays). */
	public void removeShare(long shareId) {
		this.sharing.remove(server().machineIdentifier(), shareId, this.credentials.token());
	}

	/** Withdraws an invite that was not accepted yet. */
	public void cancelInvite(long sharedServerId) {
		this.sharing.cancelInvite(sharedServerId, this.credentials.token());
	}

	/** Friends and Home members with their shares (any server of the owner). */
	public List<PlexUser> users() {
		return this.lists.users(this.credentials.token());
	}

	/**
	 * Everyone the configured server is shared with, and whether plex.tv's answer can be
	 * trusted to be complete (plex-protocol.md §7a, §7c, §8b). A failing call throws;
	 * lists that disagree give {@code complete == false}.
	 */
	public ServerShares serverShares() {
		return this.lists.serverShares(server().machineIdentifier(), this.credentials.token());
	}

	/** The owner's invites not accepted yet. */
	public List<PlexShare> pendingInvites() {
		return this.lists.ownedPending(this.credentials.token());
	}

	/** The owner's accepted shares. */
	public List<PlexShare> acceptedShares() {
		return this.lists.ownedAccepted(this.credentials.token());
	}

	/**
	 * The servers the account behind this token owns, from plex.tv's resources
	 * ({@code GET /api/v2/resources}, plex-protocol.md §2a), for the owner to pick one.
	 */
	public List<PlexOwnedServer> ownedServers(PlexToken token) {
		return this.locator.ownedServers(token);
	}

	/**
	 * Keeps the owner's token (encrypted) and chosen server for when the environment
	 * gives none; the server is looked up again on next use.
	 */
	public void connect(PlexToken token, String serverName) {
		this.credentials.store(token, serverName);
		this.server.forget();
	}

	/** Where the owner's token and server name come from, and whether both are there. */
	public PlexCredentialStatus credentialStatus() {
		return this.credentials.status();
	}

	/** The owner's server name (environment, else set-up), or null when none is known. */
	public String serverName() {
		return this.credentials.serverName();
	}

	/** Starts a Plex sign-in. */
	public PlexPin createPin() {
		return this.pins.create();
	}

	/** The PIN's state; {@code PIN_EXPIRED} once plex.tv forgot it. */
	public PlexPin pollPin(long pinId) {
		return this.pins.poll(pinId);
	}

	/** The app.plex.tv page where the person signs in for this PIN. */
	public URI authUrl(PlexPin pin, URI forwardUrl) {
		return this.pins.authUrl(pin, forwardUrl);
	}

	/** Invites waiting for the person whose token this is. */
	public List<PlexReceivedInvite> receivedInvites(PlexToken invitee) {
		return this.lists.received(invitee);
	}

	/** Accepts an invite on the invitee's behalf, with their token. */
	public void acceptInvite(PlexToken invitee, long sharedServerId) {
		this.lists.accept(invitee, sharedServerId);
	}

	/** How many plex.tv calls may run at once ({@code plex.max-concurrent-calls}). */
	public int maxConcurrentCalls() {
		return this.maxConcurrentCalls;
	}

	private static void requireText(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " is required");
		}
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) < 0) ? a : b;
	}

}
