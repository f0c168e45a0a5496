package app.plexinvite.invite;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Details Plex Invite writes itself are shown through message keys; Plex's own words as
 * they are.
 */
class RequestDetailKeysTest {

	private static RequestView withDetail(String detail) {
		Instant now = Instant.parse("2026-05-01T10:00:00Z");
		return new RequestView(1, "alice", RequestStatus.QUEUED, now, now, 0, null, "NOT_CONFIGURED", detail, null);
	}

	@Test
	void ownDetailsHaveKeys() {
		assertThat(withDetail(InvitePipeline.WAITING_FOR_LIBRARIES).failureDetailKey())
			.isEqualTo("admin.requests.detail.waitingForLibraries");
		assertThat(withDetail(InvitePipeline.INTERRUPTED).failureDetailKey())
			.isEqualTo("admin.requests.detail.interrupted");
	}

	@Test
	void plexsWordsHaveNone() {
		assertThat(withDetail("plex.tv answered 500").failureDetailKey()).isNull();
		assertThat(withDetail(null).failureDetailKey()).isNull();
	}

}
