package app.plexinvite.notify;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The disable rule and the events column, without a database. */
class EndpointTest {

	private static final Instant NOW = Instant.parse("2026-05-02T10:00:00Z");

	private static Endpoint failing(int failures, Duration since, boolean enabled) {
		return new Endpoint(1, "n", EndpointKind.GENERIC, "https://x.example/h", Set.of(), false, enabled, null, null,
				failures, NOW.minus(since), null, NOW, NOW);
	}

	@Test
	void isDisabledOnlyAfterBothTheTimeAndTheCount() {
		Duration day = Duration.ofHours(24);
		assertThat(failing(10, day, true).shouldDisable(NOW, day, 10)).isTrue();
		assertThat(failing(9, day, true).shouldDisable(NOW, day, 10)).isFalse();
		assertThat(failing(50, day.minusSeconds(1), true).shouldDisable(NOW, day, 10)).isFalse();
		assertThat(failing(50, day, false).shouldDisable(NOW, day, 10)).isFalse();
	}

	@Test
	void keepsEventTypesByWireNameAndIgnoresUnknownOnes() {
		String column = Endpoint.eventsColumn(Set.of(EventType.USER_REVOKED, EventType.REQUEST_CREATED));
		assertThat(column).isEqualTo("request.created,user.revoked");
		assertThat(Endpoint.parseEvents(column + ",something.new")).containsExactlyInAnyOrder(EventType.REQUEST_CREATED,
				EventType.USER_REVOKED);
	}

}
