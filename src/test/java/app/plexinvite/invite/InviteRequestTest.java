package app.plexinvite.invite;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InviteRequestTest {

	private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	private static InviteRequest queued() {
		return InviteRequest.submitted(PlexIdentifier.parse("alice"), "token", false, NOW).withId(7);
	}

	private static InviteRequest sending() {
		return queued().markSending(NOW, NOW.plusSeconds(300));
	}

	@Test
	void startsQueuedAndDueAtOnceOrAwaitingApprovalWithoutADueTime() {
		assertThat(queued().status()).isEqualTo(RequestStatus.QUEUED);
		assertThat(queued().nextAttemptAt()).isEqualTo(NOW);
		InviteRequest awaiting = InviteRequest.submitted(PlexIdentifier.parse("alice"), "t", true, NOW);
		assertThat(awaiting.status()).isEqualTo(RequestStatus.AWAITING_APPROVAL);
		assertThat(awaiting.nextAttemptAt()).isNull();
	}

	@Test
	void sendingCountsTheAttemptAndHoldsALease() {
		assertThat(sending().status()).isEqualTo(RequestStatus.SENDING);
		assertThat(sending().attempts()).isEqualTo(1);
		assertThat(sending().nextAttemptAt()).isEqualTo(NOW.plusSeconds(300));
	}

	@Test
	void recordsASentInviteWithItsShareIdAndClearsTheFailure() {
		InviteRequest retried = sending().scheduleRetry("RATE_LIMITED", "429", false, NOW.plusSeconds(30), NOW);
		InviteRequest sent = retried.markSending(NOW, NOW).markSent(42L, NOW.plusSeconds(40));

		assertThat(sent.status()).isEqualTo(RequestStatus.SENT);
		assertThat(sent.plexShareId()).isEqualTo(42L);
		assertThat(sent.failureReason()).isNull();
		assertThat(sent.nextAttemptAt()).isNull();
		assertThat(sent.attempts()).isEqualTo(2);
		assertThat(sent.updatedAt()).isEqualTo(NOW.plusSeconds(40));
	}

	@Test
	void refusesToMarkSentARequestThatIsNotBeingSent() {
		assertThatIllegalStateException().isThrownBy(() -> queued().markSent(1L, NOW))
			.withMessageContaining("it is QUEUED");
	}

	@Test
	void refusesToApproveARequestThatDoesNotAwaitApproval() {
		assertThatIllegalStateException().isThrownBy(() -> queued().approve(NOW)).withMessageContaining("it is QUEUED");
	}

	@Test
	void refusesToCancelASentRequest() {
		InviteRequest sent = sending().markSent(1L, NOW);
		assertThatIllegalStateException().isThrownBy(() -> sent.cancel(NOW)).withMessageContaining("it is SENT");
	}

	@Test
	void refusesToSendAFailedRequestUntilItIsRequeued() {
		InviteRequest failed = sending().fail("UNKNOWN_USER", "no such user", NOW);
		assertThatIllegalStateException().isThrownBy(() -> failed.markSending(NOW, NOW))
			.withMessageContaining("it is FAILED");
		assertThat(failed.requeue(NOW).markSending(NOW, NOW).status()).isEqualTo(RequestStatus.SENDING);
	}

	@Test
	void anInterruptedSendStaysAmbiguousThroughRetriesAndRequeues() {
		InviteRequest interrupted = sending().markAmbiguous("stopped", NOW);
		assertThat(interrupted.status()).isEqualTo(RequestStatus.WAITING_RETRY);
		assertThat(interrupted.ambiguous()).isTrue();
		InviteRequest again = interrupted.markSending(NOW, NOW)
			.scheduleRetry("PLEX_ERROR", "503", false, NOW, NOW)
			.requeue(NOW);
		assertThat(again.ambiguous()).isTrue();
		assertThat(again.markSending(NOW, NOW).markSent(3L, NOW).ambiguous()).isFalse();
	}

	@Test
	void deniesWithAnOptionalReasonOfAtMost500Characters() {
		InviteRequest awaiting = InviteRequest.submitted(PlexIdentifier.parse("bob"), "t", true, NOW);
		assertThat(awaiting.deny("  not today ", NOW).denyReason()).isEqualTo("not today");
		assertThat(awaiting.deny(" ", NOW).denyReason()).isNull();
		assertThat(awaiting.deny(null, NOW).status()).isEqualTo(RequestStatus.DENIED);
		assertThatIllegalArgumentException().isThrownBy(() -> awaiting.deny("x".repeat(501), NOW));
	}

	@Test
	void approvalPutsTheRequestIntoTheQueueAtOnce() {
		InviteRequest approved = InviteRequest.submitted(PlexIdentifier.parse("bob"), "t", true, NOW)
			.approve(NOW.plus(Duration.ofHours(2)));
		assertThat(approved.status()).isEqualTo(RequestStatus.QUEUED);
		assertThat(approved.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
	}

	@Test
	void parksAnUnconfiguredRequestVisiblyInTheQueue() {
		InviteRequest parked = queued().awaitConfiguration("Waiting for libraries", NOW.plusSeconds(60), NOW);
		assertThat(parked.status()).isEqualTo(RequestStatus.QUEUED);
		assertThat(parked.failureReason()).isEqualTo("NOT_CONFIGURED");
		assertThat(parked.failureDetail()).isEqualTo("Waiting for libraries");
		assertThat(parked.attempts()).isZero();
	}

}
