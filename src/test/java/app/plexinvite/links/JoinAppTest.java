package app.plexinvite.links;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import app.plexinvite.invite.Invitations;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.support.AppTest;
import app.plexinvite.support.MutableClock;

/**
 * The application pointed at {@link JoinSimulator}, with a clock the tests move and mocks
 * for the other features' public classes (links, profiles and invite-from-link are built
 * by other hands; these tests pin down how joining uses them). One shared context for
 * every join test.
 */
@AppTest
@AutoConfigureMockMvc
@Import(JoinAppTest.Clocks.class)
abstract class JoinAppTest {

	static final Instant START = Instant.parse("2026-05-01T10:00:00Z");

	@MockitoBean
	InviteLinks links;

	@MockitoBean
	AccessProfiles profiles;

	@MockitoBean
	Invitations invitations;

	@DynamicPropertySource
	static void pointAtTheSimulator(DynamicPropertyRegistry registry) {
		JoinSimulator.pointAt(registry);
	}

	@Autowired
	JdbcClient jdbc;

	/** No fault, and no sign-in left by an earlier test for this test's polls. */
	@BeforeEach
	void noFaults() {
		JoinSimulator.sim.faults().reset();
		this.jdbc.sql("DELETE FROM plex_sign_in").update();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(START);
		}

		/** Joins run on the thread that polls, so a test sees the outcome right away. */
		@Bean
		@Primary
		PlexSignIns inlineSignIns(PlexClient plex, JoinService joins, InviteLinks links, SignInAttempts attempts,
				MutableClock clock) {
			return new PlexSignIns(plex, joins, links, attempts, clock, Runnable::run);
		}

	}

}
