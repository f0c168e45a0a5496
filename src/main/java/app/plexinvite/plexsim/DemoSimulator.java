package app.plexinvite.plexsim;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;

/**
 * Demo mode: with the "demo" profile, starts a {@link PlexSimulator} with the demo world
 * and points the app's plex.* settings at it. Registered in META-INF/spring.factories.
 */
public final class DemoSimulator implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String PROPERTY_SOURCE = "plexsim-demo";

	private static final Log logger = LogFactory.getLog(DemoSimulator.class);

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (!environment.acceptsProfiles(Profiles.of("demo"))) {
			return;
		}
		PlexSimulator simulator = PlexSimulator.builder()
			.port(Integer.parseInt(setting(environment, "plexsim.port", "PLEX_SIM_PORT", "0")))
			.demoData()
			.build();
		simulator.faults()
			.latency(DurationStyle.detectAndParse(setting(environment, "plexsim.latency", "PLEX_SIM_LATENCY", "0ms")))
			.errorRate(Double.parseDouble(setting(environment, "plexsim.error-rate", "PLEX_SIM_ERROR_RATE", "0")));
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties(simulator)));
		context.getBeanFactory().registerSingleton("plexSimulator", simulator);
		// Closed with the context, and also when the start fails: its HTTP threads are
		// not daemons and would keep a failed process running.
		((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean("plexSimulator",
				simulator::close);
		logger.info(banner(simulator));
	}

	private static Map<String, Object> properties(PlexSimulator simulator) {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("plex.tv-url", simulator.baseUrl());
		properties.put("plex.clients-url", simulator.baseUrl());
		properties.put("plex.app-url", simulator.baseUrl());
		properties.put("plex.token", simulator.ownerToken());
		properties.put("plex.server-name", "Demo Server");
		return properties;
	}

	private static String setting(ConfigurableEnvironment environment, String property, String variable,
			String fallback) {
		String value = environment.getProperty(property);
		if (value == null || value.isBlank()) {
			value = environment.getProperty(variable);
		}
		return (value == null || value.isBlank()) ? fallback : value.trim();
	}

	private static String banner(PlexSimulator simulator) {
		SimServer server = simulator.server("Demo Server");
		Duration latency = simulator.faults().currentLatency();
		return String.join(System.lineSeparator(), "", "=== Plex simulator (demo profile) ===",
				"  plex.tv / clients.plex.tv / app.plex.tv : " + simulator.baseUrl(),
				"  Demo Server (PMS)                       : " + server.url(),
				"  owner demo-owner, plex.tv token         : " + simulator.ownerToken(),
				"  added latency                           : " + latency.toMillis() + " ms",
				"  point python-plexapi at it: PlexServer('" + server.url() + "', '" + simulator.ownerToken() + "')",
				"=====================================");
	}

}
