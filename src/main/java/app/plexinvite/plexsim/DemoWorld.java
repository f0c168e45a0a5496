package app.plexinvite.plexsim;

import java.util.List;

/**
 * The demo world: "Demo Server" with five libraries, friends with accepted shares (all or
 * some libraries), a pending invite to an account and one to a bare email, and two
 * accounts that are nobody's friends yet (alice, bob) to type into forms.
 */
final class DemoWorld {

	private DemoWorld() {
	}

	static void seed(PlexSimulator simulator) {
		SimServer server = simulator.addServer("Demo Server");
		SimLibrary movies = server.addLibrary("Movies", "movie");
		SimLibrary shows = server.addLibrary("TV Shows", "show");
		server.addLibrary("4K Movies", "movie");
		SimLibrary music = server.addLibrary("Music", "artist");
		SimLibrary kids = server.addLibrary("Kids", "movie");
		share(simulator, server, simulator.addAccount("carol", "carol@example.com"), List.of(), true);
		share(simulator, server, simulator.addAccount("dave", "dave@example.com"),
				List.of(movies.plexTvId(), shows.plexTvId()), true);
		share(simulator, server, simulator.addAccount("erin", "erin@example.com"),
				List.of(kids.plexTvId(), music.plexTvId()), true);
		share(simulator, server, simulator.addAccount("frank", "frank@example.com"), List.of(movies.plexTvId()), false);
		simulator.world().shares.create(server, null, "grace@example.com", List.of(), SharingSettings.DEFAULTS,
				simulator.world().now());
		simulator.addAccount("alice", "alice@example.com");
		simulator.addAccount("bob", "bob@example.com");
	}

	private static void share(PlexSimulator simulator, SimServer server, SimAccount invitee, List<Long> sectionIds,
			boolean accepted) {
		Share share = simulator.world().shares.create(server, invitee, null, sectionIds, SharingSettings.DEFAULTS,
				simulator.world().now());
		if (accepted) {
			simulator.acceptInvite(share.id());
		}
	}

}
