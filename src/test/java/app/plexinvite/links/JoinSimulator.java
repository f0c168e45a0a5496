package app.plexinvite.links;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.context.DynamicPropertyRegistry;

import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.plexsim.SimAccount;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.plexsim.SimServer;
import app.plexinvite.plexsim.SimShare;
import app.plexinvite.support.SimulatorProperties;

/**
 * One simulator for the join tests: the owner's "Living Room" with Movies and Music, and
 * new invitee accounts on demand.
 */
final class JoinSimulator {

	static final PlexSimulator sim = PlexSimulator.builder().build();

	static final SimServer server = sim.addServer("Living Room");

	static final SimLibrary movies = server.addLibrary("Movies", "movie");

	static final SimLibrary music = server.addLibrary("Music", "artist");

	private static final AtomicInteger names = new AtomicInteger();

	private JoinSimulator() {
	}

	static void pointAt(DynamicPropertyRegistry registry) {
		SimulatorProperties.pointAtServer(sim, "Living Room", registry);
	}

	static SimAccount newAccount() {
		String name = "joiner" + names.incrementAndGet();
		return sim.addAccount(name, name + "@example.com");
	}

	static List<SimShare> sharesOf(SimAccount account) {
		return sim.shares().stream().filter((share) -> account.id() == share.invitedId()).toList();
	}

}
