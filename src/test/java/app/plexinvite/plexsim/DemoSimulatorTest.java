package app.plexinvite.plexsim;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;

import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.PropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DemoSimulatorTest {

	@Test
	void startsTheDemoWorldAndPointsThePlexSettingsAtItInTheDemoProfile() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			context.getEnvironment().setActiveProfiles("demo");

			new DemoSimulator().initialize(context);
			context.refresh();

			PlexSimulator simulator = context.getBean("plexSimulator", PlexSimulator.class);
			PropertySource<?> source = context.getEnvironment().getPropertySources().iterator().next();
			assertThat(source.getName()).isEqualTo("plexsim-demo");
			assertThat(source.getProperty("plex.tv-url")).isEqualTo(simulator.baseUrl());
			assertThat(source.getProperty("plex.clients-url")).isEqualTo(simulator.baseUrl());
			assertThat(source.getProperty("plex.app-url")).isEqualTo(simulator.baseUrl());
			assertThat(source.getProperty("plex.token")).isEqualTo(simulator.ownerToken());
			assertThat(source.getProperty("plex.server-name")).isEqualTo("Demo Server");
			assertThat(simulator.owner().username()).isEqualTo("demo-owner");
			assertThat(simulator.server("Demo Server").libraries()).extracting(SimLibrary::title)
				.containsExactly("Movies", "TV Shows", "4K Movies", "Music", "Kids");
		}
	}

	@Test
	void stopsTheSimulatorWhenTheApplicationFailsToStart() {
		GenericApplicationContext context = new GenericApplicationContext();
		context.getEnvironment().setActiveProfiles("demo");
		new DemoSimulator().initialize(context);
		PlexSimulator simulator = (PlexSimulator) context.getBeanFactory().getSingleton("plexSimulator");
		context.registerBean("broken", Object.class, () -> {
			throw new IllegalStateException("a setting is wrong");
		});

		assertThatExceptionOfType(BeanCreationException.class).isThrownBy(context::refresh);

		URI address = URI.create(simulator.baseUrl());
		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> new Socket(address.getHost(), address.getPort()).close());
	}

	@Test
	void staysOffWithoutTheDemoProfile() {
		try (GenericApplicationContext context = new GenericApplicationContext()) {
			new DemoSimulator().initialize(context);
			context.refresh();

			assertThat(context.containsBean("plexSimulator")).isFalse();
			assertThat(context.getEnvironment().getPropertySources().contains("plexsim-demo")).isFalse();
		}
	}

	@Test
	void seedsFriendsPendingInvitesAndStrangers() {
		try (PlexSimulator simulator = PlexSimulator.builder().demoData().build()) {
			assertThat(simulator.shares()).filteredOn(SimShare::accepted).hasSizeGreaterThanOrEqualTo(2);
			assertThat(simulator.shares()).filteredOn(SimShare::allLibraries).isNotEmpty();
			assertThat(simulator.shares()).filteredOn((share) -> !share.accepted()).hasSize(2);
			assertThat(simulator.shares()).filteredOn((share) -> share.invitedId() == null).hasSize(1);
			assertThat(simulator.server("Demo Server").libraries()).extracting(SimLibrary::key)
				.containsExactly("1", "2", "3", "4", "5");
		}
	}

}
