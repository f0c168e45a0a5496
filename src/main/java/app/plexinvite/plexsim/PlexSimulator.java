package app.plexinvite.plexsim;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * A stateful, in-process simulator of plex.tv (and clients.plex.tv, app.plex.tv's auth
 * page) on one port and of Plex Media Servers on their own ports, bound to 127.0.0.1
 * only. It follows plex-protocol.md so real clients work against it unchanged. Started by
 * {@link SimulatorBuilder#build()}; {@link #close()} stops every server it opened.
 */
public final class PlexSimulator implements AutoCloseable {

	private final World world;

	private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

	private final Consumer<RecordedRequest> recorder;

	private final PlexTvTraffic traffic;

	private final HttpEndpoint plexTv;

	private final AtomicBoolean closed = new AtomicBoolean();

	PlexSimulator(SimulatorBuilder builder) {
		this.world = new World(builder.clock);
		this.world.owner(this.world.addAccount(builder.demoData ? "demo-owner" : "plex-owner",
				builder.demoData ? "owner@demo.example" : "owner@plexsim.example"));
		this.world.accounts.plexPass(this.world.owner().id(), builder.ownerPlexPass);
		this.world.faults.strictClientHeaders(builder.strictClientHeaders);
		this.recorder = builder.requestLog ? this.requests::add : (request) -> {
		};
		this.traffic = new PlexTvTraffic(this.world.faults, this.world.shareTally);
		this.plexTv = new HttpEndpoint(builder.port, this.world.faults.held().around(new PlexTvApp(this.world)),
				this.recorder, this.world.faults::currentLatency, this.traffic);
		if (builder.demoData) {
			DemoWorld.seed(this);
		}
	}

	public static SimulatorBuilder builder() {
		return new SimulatorBuilder();
	}

	/**
	 * "http://127.0.0.1:port": plex.tv, clients.plex.tv and the app.plex.tv {@code /auth}
	 * page.
	 */
	public String baseUrl() {
		return this.plexTv.url();
	}

	public String ownerToken() {
		return owner().token();
	}

	public SimAccount owner() {
		return this.world.owner();
	}

	/**
	 * Another plex.tv account, not a friend yet; takes over email-only invites to its
	 * email.
	 */
	public SimAccount addAccount(String username, String email) {
		return this.world.addAccount(username, email);
	}

	/**
	 * Confirms or unconfirms an account's e-mail ({@link #addAccount} makes confirmed
	 * ones). Unconfirmed: {@code /api/v2/user} says {@code confirmed:false} (XML
	 * {@code confirmed="0"}, plex-protocol.md §1a) and received pending invites are not
	 * listed (§8b caveat, wizarrrr/wizarr #796; plex.tv's exact answer is unverified).
	 */
	public void confirmEmail(SimAccount account, boolean confirmed) {
		this.world.accounts.confirmEmail(account.id(), confirmed);
	}

	/** A Plex Media Server owned by the owner, started on its own port. */
	public SimServer addServer(String name) {
		SimServer server = new SimServer(name, owner(), this.world.ids, this.world.now());
		server.start(this.world.faults.held().around(new PmsApp(this.world, server)), this.recorder,
				this.world.faults::currentLatency);
		this.world.servers.add(server);
		return server;
	}

	public SimServer server(String name) {
		return this.world.servers.stream()
			.filter((server) -> server.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No simulated server named " + name));
	}

	public List<SimShare> shares() {
		return this.world.shares.views();
	}

	/**
	 * The owner shares the server outside any app (in Plex Web), as friends shared before
	 * Plex Invite existed were: default settings, listed by {@code /api/users} and the v2
	 * lists like any share (plex-protocol.md §7a, §7c, §8b). {@code librarySectionIds}
	 * empty shares every library (§4b.4).
	 * @throws IllegalStateException when plex.tv would refuse it (already shared, unknown
	 * section, the owner)
	 */
	public SimShare shareOutOfBand(SimServer server, SimAccount invitee, List<Long> librarySectionIds,
			boolean accepted) {
		Share share = shareAsOwner(server, invitee.username(), invitee.id(), librarySectionIds);
		if (accepted) {
			share = this.world.shares.replace(share.accept(this.world.now()));
		}
		return share.view();
	}

	/**
	 * The owner invites an e-mail address outside any app. With no Plex account behind it
	 * the invite is keyed by the e-mail and listed only by the v2 pending list (§8a,
	 * §8b); an account with that e-mail is invited as itself, as plex.tv does (§5a).
	 * @throws IllegalStateException when plex.tv would refuse it
	 */
	public SimShare inviteEmailOutOfBand(SimServer server, String email, List<Long> librarySectionIds) {
		if (email == null || !email.contains("@")) {
			throw new IllegalArgumentException("Not an e-mail address: " + email);
		}
		return shareAsOwner(server, email, null, librarySectionIds).view();
	}

	/**
	 * The share ends outside any app: the owner removed it in Plex Web or the friend
	 * left. It disappears from every list (§9: "When you unshare you always unshare all
	 * libraries").
	 */
	public void removeShareOutOfBand(long shareId) {
		if (!this.world.shares.remove(shareId)) {
			throw new IllegalArgumentException("No share " + shareId);
		}
	}

	/** The invitee accepts out of band: pending becomes accepted. */
	public void acceptInvite(long sharedServerId) {
		Share share = this.world.shares.find(sharedServerId)
			.orElseThrow(() -> new IllegalArgumentException("No share " + sharedServerId));
		this.world.shares.replace(share.accept(this.world.now()));
	}

	/** The invitee accepts a Plex Home invite out of band (plex-protocol.md §6). */
	public void acceptHomeInvite(SimAccount invitee) {
		this.world.home.accept(invitee.id());
	}

	/**
	 * What the {@code /auth} page does: the PIN's authToken becomes the account's token.
	 */
	public void approvePin(long pinId, SimAccount account) {
		this.world.pins.approve(pinId, account.token(), this.world.now());
	}

	/**
	 * Afterwards plex.tv answers 422
	 * {@code <errors><error>Invalid token</error></errors>}.
	 */
	public void revokeToken(String token) {
		this.world.accounts.revoke(token);
	}

	/**
	 * Gives or takes an account's Plex Pass; the owner has one unless the builder said
	 * otherwise. Without it, Plex Home management answers 403 (plex-protocol.md §6).
	 */
	public void plexPass(SimAccount account, boolean active) {
		this.world.accounts.plexPass(account.id(), active);
	}

	public boolean hasPlexPass(SimAccount account) {
		return this.world.accounts.hasPlexPass(account.id());
	}

	public SimFaults faults() {
		return this.world.faults;
	}

	/** plex.tv's counts so far; the same as {@code GET <baseUrl>/__plexsim/stats}. */
	public SimStats stats() {
		return this.traffic.stats();
	}

	public List<RecordedRequest> requests() {
		return List.copyOf(this.requests);
	}

	public void clearRequests() {
		this.requests.clear();
	}

	World world() {
		return this.world;
	}

	private Share shareAsOwner(SimServer server, String invited, Long invitedId, List<Long> librarySectionIds) {
		Sharing.Outcome outcome = new Sharing(this.world).share(server, invited, invitedId, librarySectionIds, null);
		if (outcome.problem() != null) {
			throw new IllegalStateException("plex.tv refuses to share " + server.name() + " with " + outcome.invitee()
					+ ": " + outcome.problem());
		}
		return outcome.share();
	}

	@Override
	public void close() {
		if (!this.closed.compareAndSet(false, true)) {
			return;
		}
		this.world.faults.held().releaseAll();
		this.world.servers.forEach(SimServer::close);
		this.plexTv.close();
	}

}
