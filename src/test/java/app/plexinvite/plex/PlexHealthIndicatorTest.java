package app.plexinvite.plex;

import app.plexinvite.support.MutableClock;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class PlexHealthIndicatorTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));

	private final SimFixture fixture = new SimFixture();

	@AfterEach
	void close() {
		this.fixture.close();
	}

	private PlexHealthIndicator indicator(PlexProperties properties) {
		return new PlexHealthIndicator(this.fixture.client(properties), this.clock);
	}

	@Test
	void isUpWithTheServerAndItsLibraries() {
		Health health = indicator(this.fixture.properties(this.fixture.sim.ownerToken(), "Living Room", null)).health();

		assertThat(health.getStatus()).isEqualTo(Status.UP);
		assertThat(health.getDetails()).containsEntry("server", "Living Room")
			.containsEntry("machineIdentifier", this.fixture.server.machineIdentifier())
			.containsEntry("uri", this.fixture.server.url())
			.containsEntry("libraries", 3);
		assertThat(health.getDetails().toString()).doesNotContain(this.fixture.sim.ownerToken())
			.doesNotContain(this.fixture.server.accessToken());
	}

	@Test
	void remembersTheAnswerForThirtySeconds() {
		PlexHealthIndicator indicator = indicator(
				this.fixture.properties(this.fixture.sim.ownerToken(), "Living Room", null));
		indicator.health();
		int afterFirst = this.fixture.sim.requests().size();

		this.clock.advance(Duration.ofSeconds(29));
		indicator.health();
		assertThat(this.fixture.sim.requests()).hasSize(afterFirst);

		this.fixture.sim.revokeToken(this.fixture.sim.ownerToken());
		this.clock.advance(Duration.ofSeconds(1));
		Health down = indicator.health();
		assertThat(down.getStatus()).isEqualTo(Status.DOWN);
		assertThat(down.getDetails()).containsEntry("reason", "TOKEN_REJECTED")
			.containsEntry("messageKey", "plex.error.token-rejected");
	}

	@Test
	void isDownWhenTheServerIsUnreachable() {
		this.fixture.server.stop();

		Health health = indicator(this.fixture.properties(this.fixture.sim.ownerToken(), "Living Room", null)).health();

		assertThat(health.getStatus()).isEqualTo(Status.DOWN);
		assertThat(health.getDetails()).containsEntry("reason", "SERVER_UNREACHABLE");
	}

	@Test
	void isUnknownWhileNotConfigured() {
		Health health = indicator(this.fixture.properties(null, "Living Room", null)).health();

		assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
		assertThat(health.getDetails()).containsEntry("reason", "NOT_CONFIGURED");
		assertThat(this.fixture.sim.requests()).isEmpty();
	}

}
