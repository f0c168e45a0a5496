package app.plexinvite.invite;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import app.plexinvite.support.AppTest;
import app.plexinvite.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/** The owner's side of the invite feature, as the dashboard calls it. */
@AppTest
@TestPropertySource(
		properties = { "invite.worker-enabled=false", "people.jobs-enabled=false", "invite.approval-required=true" })
@RecordApplicationEvents
class InvitationsTests {

	@Autowired
	ApplicationEvents events;

	static final Instant START = Instant.parse("2026-05-31T12:00:00Z");

	@Autowired
	Invitations invitations;

	@Autowired
	InviteRequests requests;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void empty() {
		this.jdbc.sql("DELETE FROM invite_request").update();
		this.jdbc.sql("DELETE FROM invite_setting").update();
	}

	private long submit(String name, Instant at) {
		return this.requests
			.insert(InviteRequest.submitted(PlexIdentifier.parse(name), "t-" + name,
					this.invitations.approvalRequired(), at))
			.id();
	}

	private long submitIn(String name, Locale locale) {
		return this.requests
			.insert(InviteRequest.submitted(PlexIdentifier.parse(name), "t-" + name, true, null, null, locale, START))
			.id();
	}

	@Test
	void tellsTheNotificationsOnceOfAnApprovalInTheInviteesLanguage() {
		long id = submitIn("approve.me@example.com", Locale.FRANCE);
		this.clock.advance(Duration.ofMinutes(1));
		Instant decidedAt = this.clock.instant();

		this.invitations.approve(id);

		assertThat(this.events.stream(RequestDecided.class)).singleElement()
			.isEqualTo(new RequestDecided(id, "approve.me@example.com", "approve.me@example.com", true, null,
					Locale.FRANCE, decidedAt));
		assertThatIllegalStateException().isThrownBy(() -> this.invitations.approve(id));
		assertThat(this.events.stream(RequestDecided.class)).hasSize(1);
	}

	@Test
	void tellsTheNotificationsOnceOfADenialWithTheReason() {
		long id = submitIn("denyme", null);

		this.invitations.deny(id, "  Not this time  ");

		assertThat(this.events.stream(RequestDecided.class)).singleElement().satisfies((decided) -> {
			assertThat(decided.requestId()).isEqualTo(id);
			assertThat(decided.approved()).isFalse();
			assertThat(decided.denyReason()).isEqualTo("Not this time");
			assertThat(decided.email()).isNull();
			assertThat(decided.locale()).isNull();
		});
		assertThatIllegalStateException().isThrownBy(() -> this.invitations.deny(id, "again"));
		assertThat(this.events.stream(RequestDecided.class)).hasSize(1);
	}

	@Test
	void tellsNobodyOfACancelledRequest() {
		this.invitations.cancel(submitIn("cancelme", null));

		assertThat(this.events.stream(RequestDecided.class)).isEmpty();
	}

	@Test
	void approvalModeFollowsThePropertyUntilTheOwnerChooses() {
		assertThat(this.invitations.approvalRequired()).isTrue();
		this.invitations.requireApproval(false);
		assertThat(this.invitations.approvalRequired()).isFalse();
	}

	@Test
	void approvesDeniesAndCancelsOnlyFromTheRightStates() {
		long approved = submit("approved", START);
		long denied = submit("denied", START);
		long cancelled = submit("cancelled", START);

		this.invitations.approve(approved);
		this.invitations.deny(denied, "Family only");
		this.invitations.cancel(cancelled);

		assertThat(this.invitations.request(approved).orElseThrow().status()).isEqualTo(RequestStatus.QUEUED);
		assertThat(this.invitations.request(denied).orElseThrow().denyReason()).isEqualTo("Family only");
		assertThat(this.invitations.request(cancelled).orElseThrow().status()).isEqualTo(RequestStatus.CANCELLED);
		assertThatIllegalStateException().isThrownBy(() -> this.invitations.approve(denied))
			.withMessageContaining("DENIED");
		assertThatIllegalStateException().isThrownBy(() -> this.invitations.retry(approved))
			.withMessageContaining("QUEUED");
	}

	@Test
	void refusesToRetryAFailedRequestWhileANewerOneForTheSameAccountIsOpen() {
		this.invitations.requireApproval(false);
		InviteRequest first = this.requests.find(submit("again", START)).orElseThrow();
		InviteRequest sending = first.markSending(START, START.plusSeconds(60));
		this.requests.claim(sending, RequestStatus.QUEUED, START);
		this.requests.update(sending.fail("UNKNOWN_USER", "no", START), RequestStatus.SENDING);
		this.requests.insert(InviteRequest.submitted(PlexIdentifier.parse("again"), "t-again-2", false, START));

		assertThatIllegalStateException().isThrownBy(() -> this.invitations.retry(first.id()))
			.withMessageContaining("newer request");
	}

	@Test
	void pagesNewestFirstWithACursorUntilTheLastPage() {
		for (int i = 0; i < 5; i++) {
			submit("page" + i, START);
		}
		RequestPage first = this.invitations.requests(new RequestQuery(null, null, null, 2));
		RequestPage second = this.invitations.requests(new RequestQuery(null, null, first.nextBefore(), 2));
		RequestPage last = this.invitations.requests(new RequestQuery(null, null, second.nextBefore(), 2));

		assertThat(first.items()).extracting(RequestView::identifier).containsExactly("page4", "page3");
		assertThat(second.items()).extracting(RequestView::identifier).containsExactly("page2", "page1");
		assertThat(last.items()).extracting(RequestView::identifier).containsExactly("page0");
		assertThat(last.nextBefore()).isNull();
	}

	@Test
	void countsTotalsAndThirtyDaysEndingToday() {
		this.invitations.requireApproval(false);
		submit("today", START);
		submit("yesterday", START.minus(Duration.ofDays(1)));
		submit("long-ago", START.minus(Duration.ofDays(40)));
		this.invitations.cancel(submit("cancelled", START));

		Statistics statistics = this.invitations.statistics();

		assertThat(statistics.total()).isEqualTo(4);
		assertThat(statistics.waiting()).isEqualTo(3);
		assertThat(statistics.sent()).isZero();
		assertThat(statistics.failed()).isZero();
		List<Statistics.DayCount> days = statistics.lastThirtyDays();
		assertThat(days).hasSize(30);
		assertThat(days.get(29)).isEqualTo(new Statistics.DayCount(LocalDate.parse("2026-05-31"), 2, 0));
		assertThat(days.get(28)).isEqualTo(new Statistics.DayCount(LocalDate.parse("2026-05-30"), 1, 0));
		assertThat(days.get(0).day()).isEqualTo(LocalDate.parse("2026-05-02"));
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(START);
		}

	}

}
