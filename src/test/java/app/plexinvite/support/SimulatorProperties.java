package app.plexinvite.support;

import org.springframework.test.context.DynamicPropertyRegistry;

import app.plexinvite.plexsim.PlexSimulator;

/**
 * Points the application's Plex client at a simulator a test started, with one attempt
 * per call.
 */
public final class SimulatorProperties {

	private SimulatorProperties() {
	}

	public static void pointAt(PlexSimulator simulator, DynamicPropertyRegistry registry) {
		registry.add("plex.tv-url", simulator::baseUrl);
		registry.add("plex.clients-url", simulator::baseUrl);
		registry.add("plex.app-url", simulator::baseUrl);
		registry.add("plex.max-attempts", () -> "1");
	}

	/**
	 * The same, signed in as the simulator's owner with this server, and with the
	 * background workers (invite pipeline, sign-in poller, people sync and expiry) off so
	 * tests drive them.
	 */
	public static void pointAtServer(PlexSimulator simulator, String serverName, DynamicPropertyRegistry registry) {
		pointAt(simulator, registry);
		registry.add("plex.token", simulator::ownerToken);
		registry.add("plex.server-name", () -> serverName);
		registry.add("invite.worker-enabled", () -> "false");
		registry.add("links.sign-in-poller-enabled", () -> "false");
		registry.add("people.jobs-enabled", () -> "false");
	}

}
