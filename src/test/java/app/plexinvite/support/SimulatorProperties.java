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

}
