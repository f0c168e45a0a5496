package app.plexinvite.invite;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationEventPublisher;

import app.plexinvite.plex.PlexException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mock;

class NoticesTest {

	private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	@Test
	void aFailingListenerNeverBreaksThePublisher() {
		ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
		willThrow(new IllegalStateException("mail outbox down")).given(events).publishEvent(any(Object.class));

		assertThatNoException().isThrownBy(() -> new Notices(events)
			.publish(new RequestCreated(1, "alice", null, false, null, Locale.GERMANY, NOW)));
	}

	@Test
	void describesAFailureInTheOwnersWordsNeverWithPlexsAnswer() {
		assertThat(Notices.reason("UNKNOWN_USER")).isEqualTo(PlexException.Reason.UNKNOWN_USER.description());
		assertThat(Notices.reason("INTERRUPTED")).isEqualTo("The invite could not be sent (INTERRUPTED).");
		assertThat(Notices.reason("<html>token=abc</html>"))
			.isEqualTo("The invite could not be sent (unknown reason).");
	}

	@Test
	void tellsOfAFailedRequestOnlyWhenItFailed() {
		InviteRequest sending = InviteRequest
			.submitted(PlexIdentifier.parse("bob@example.com"), "t".repeat(40), false, null, null, Locale.FRANCE, NOW)
			.withId(7)
			.markSending(NOW, NOW.plusSeconds(60));
		InviteRequest failed = sending.fail("UNKNOWN_USER", "HTTP 404 raw body", NOW.plusSeconds(1));

		assertThat(Notices.failed(sending)).isNull();
		assertThat(Notices.failed(failed))
			.isEqualTo(new InviteFailed(AccessGranted.Source.REQUEST, 7, "bob@example.com", "bob@example.com",
					PlexException.Reason.UNKNOWN_USER.description(), Locale.FRANCE, NOW.plusSeconds(1)));
	}

}
