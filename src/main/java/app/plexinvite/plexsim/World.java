package app.plexinvite.plexsim;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The simulated world: accounts, servers, shares, PINs and faults, shared by every
 * handler.
 */
final class World {

	final Clock clock;

	final Ids ids = new Ids();

	final AccountBook accounts = new AccountBook(this.ids);

	final ShareBook shares = new ShareBook(this.ids);

	final PinBook pins = new PinBook(this.ids);

	final HomeBook home = new HomeBook();

	/**
	 * Per-account user settings of §8b step 4: view-state-sync consent and online media
	 * source opt-outs.
	 */
	final UserSettings userSettings = new UserSettings();

	final SimFaults faults = new SimFaults();

	/** What the share-creating POSTs got, for {@link SimStats}. */
	final ShareTally shareTally = new ShareTally();

	final List<SimServer> servers = new CopyOnWriteArrayList<>();

	/**
	 * plex.tv's own identifier, on v1 MediaContainers (plex-protocol.md §4a: not the
	 * server's).
	 */
	final String plexTvIdentifier = this.ids.machineIdentifier();

	private volatile SimAccount owner;

	World(Clock clock) {
		this.clock = clock;
	}

	Instant now() {
		return this.clock.instant();
	}

	SimAccount owner() {
		return this.owner;
	}

	void owner(SimAccount account) {
		this.owner = account;
	}

	SimAccount addAccount(String username, String email) {
		SimAccount account = this.accounts.add(username, email, now());
		this.shares.linkEmailInvites(account);
		return account;
	}

	Optional<SimServer> server(String machineIdentifier) {
		return this.servers.stream()
			.filter((server) -> server.machineIdentifier().equals(machineIdentifier))
			.findFirst();
	}

	/** The caller's own server with that machine identifier. */
	Optional<SimServer> ownedServer(String machineIdentifier, SimAccount caller) {
		return server(machineIdentifier).filter((server) -> server.owner().id() == caller.id());
	}

	List<SimServer> serversOf(SimAccount caller) {
		return this.servers.stream().filter((server) -> server.owner().id() == caller.id()).toList();
	}

	SimServer serverOf(Share share) {
		return server(share.view().machineIdentifier()).orElseThrow();
	}

	/**
	 * An account's display title: a managed home user's title, else its username
	 * (plex-protocol.md §7a: managed users have only a title).
	 */
	String titleOf(SimAccount account) {
		return this.home.all()
			.stream()
			.filter((member) -> member.managed() && member.accountId() == account.id())
			.map(HomeMember::title)
			.findFirst()
			.orElse(account.username());
	}

	/** Members of the account's home besides itself, or of the home it joined. */
	int homeSize(SimAccount account) {
		long members = this.home.of(account.id()).stream().filter((member) -> !member.pending()).count();
		return (int) members + 1;
	}

	SimAccount accountOf(long id) {
		return this.accounts.byId(id).orElseThrow();
	}

}
