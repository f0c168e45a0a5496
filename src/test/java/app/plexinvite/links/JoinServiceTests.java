package app.plexinvite.links;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditEntry;
import app.plexinvite.audit.AuditEvent;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditQuery;
import app.plexinvite.invite.AccessGranted;
import app.plexinvite.invite.InviteFailed;
import app.plexinvite.invite.LinkedRequest;
import app.plexinvite.invite.LinkedSubmission;
import app.plexinvite.plex.PlexException;
import app.plexinvite.plex.PlexToken;
import app.plexinvite.plexsim.SimAccount;

import static app.plexinvite.links.JoinSimulator.movies;
import static app.plexinvite.links.JoinSimulator.newAccount;
import static app.plexinvite.links.JoinSimulator.sharesOf;
import static app.plexinvite.links.JoinSimulator.sim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * Joining with a link after signing in: Plex for real (the simulator), the link and
 * request records through their features' public methods.
 */
@RecordApplicationEvents
class JoinServiceTests extends JoinAppTest {

	static final long REDEMPTION = 11;

	static final Locale GERMAN = Locale.forLanguageTag("de-DE");

	@Autowired
	JoinService joins;

	@Autowired
	TypedJoins typed;

	@Autowired
	AuditLog audit;

	@Autowired
	ApplicationEvents events;

	@BeforeEach
	void profileWithMoviesFor30Days() {
		given(this.profiles.find(Fixtures.PROFILE_ID)).willReturn(Optional.of(Fixtures.profile(30, movies)));
		given(this.links.reserve(any(), any())).willReturn(new Reservation.Reserved(REDEMPTION, false));
	}

	private JoinOutcome join(InviteLink link, SimAccount account) {
		return this.joins.join(link, new PlexToken(account.token()), GERMAN);
	}

	@Test
	void sharesAcceptsAndRecordsEveryStepWithTheAccessEnd() {
		SimAccount newcomer = newAccount();

		JoinOutcome outcome = join(Fixtures.link(1, "family", LinkState.ACTIVE, false, false), newcomer);

		assertThat(outcome.kind()).isEqualTo(JoinOutcome.Kind.JOINED);
		assertThat(outcome.accessEndsAt()).isEqualTo(START.plus(Duration.ofDays(30)));
		long shareId = sharesOf(newcomer).get(0).id();
		assertThat(sharesOf(newcomer).get(0).accepted()).isTrue();
		then(this.links).should().reserve(any(), eq(new Invitee(newcomer.id(), newcomer.username(), newcomer.email())));
		then(this.links).should().recordShared(REDEMPTION, shareId, START.plus(Duration.ofDays(30)));
		then(this.links).should().recordAccepted(REDEMPTION);
	}

	@Test
	void tellsThePeopleListOfTheShareAndAgainOfTheAccept() {
		SimAccount newcomer = newAccount();

		join(Fixtures.link(1, "family", LinkState.ACTIVE, false, false), newcomer);

		long shareId = sharesOf(newcomer).get(0).id();
		assertThat(this.events.stream(AccessGranted.class)).extracting(AccessGranted::accepted)
			.containsExactly(false, true);
		assertThat(this.events.stream(AccessGranted.class)).allSatisfy((grant) -> {
			assertThat(grant.source()).isEqualTo(AccessGranted.Source.LINK);
			assertThat(grant.recordId()).isEqualTo(REDEMPTION);
			assertThat(grant.plexAccountId()).isEqualTo(newcomer.id());
			assertThat(grant.username()).isEqualTo(newcomer.username());
			assertThat(grant.plexShareId()).isEqualTo(shareId);
			assertThat(grant.profileId()).isEqualTo(Fixtures.PROFILE_ID);
			assertThat(grant.accessEndsAt()).isEqualTo(START.plus(Duration.ofDays(30)));
		});
	}

	@Test
	void tellsTheNotificationsOnceThatTheLinkWasUsedAndKeepsTheInviteesLanguage() {
		SimAccount newcomer = newAccount();
		InviteLink link = Fixtures.link(1, "family", LinkState.ACTIVE, false, false);
		given(this.links.find(1))
			.willReturn(Optional.of(new LinkOverview(link, LinkState.ACTIVE, 4, "/i/family", false)));

		join(link, newcomer);

		assertThat(this.events.stream(LinkRedeemed.class)).singleElement()
			.isEqualTo(new LinkRedeemed(1, "Family", REDEMPTION, newcomer.id(), newcomer.username(), newcomer.email(),
					4, START));
		assertThat(this.events.stream(AccessGranted.class)).extracting(AccessGranted::locale)
			.containsExactly(GERMAN, GERMAN);
		assertThat(this.events.stream(InviteFailed.class)).isEmpty();
		then(this.links).should().recordLocale(REDEMPTION, GERMAN);
	}

	@Test
	void tellsNobodyAgainWhenSomeoneWithAccessSignsInOnceMore() {
		SimAccount friend = newAccount();
		InviteLink link = Fixtures.link(7, "again", LinkState.ACTIVE, false, false);
		Redemption before = new Redemption(REDEMPTION, 7, friend.id(), friend.username(), friend.email(),
				Fixtures.PROFILE_ID, RedemptionStatus.SHARED, 1L, null, null, null, START, START);
		given(this.links.reserve(any(), any())).willReturn(new Reservation.Reserved(REDEMPTION, true));
		given(this.links.redemption(REDEMPTION)).willReturn(Optional.of(before));

		join(link, friend);

		assertThat(this.events.stream(LinkRedeemed.class)).isEmpty();
	}

	@Test
	void tellsTheOwnerOfAFailureTheInviteeCannotFix() {
		SimAccount newcomer = newAccount();
		sim.faults().failNext("POST", "/api/servers/[^/]+/shared_servers/?", 403);

		join(Fixtures.link(6, "broken", LinkState.ACTIVE, false, false), newcomer);

		assertThat(this.events.stream(InviteFailed.class)).singleElement()
			.isEqualTo(new InviteFailed(AccessGranted.Source.LINK, REDEMPTION, newcomer.username(), newcomer.email(),
					PlexException.Reason.PLEX_ERROR.description(), GERMAN, START));
		assertThat(this.events.stream(LinkRedeemed.class)).isEmpty();
	}

	@Test
	void tellsTheOwnerThatTheLinksProfileHasNoLibraries() {
		given(this.profiles.find(Fixtures.PROFILE_ID)).willReturn(Optional.of(Fixtures.profile(30)));

		JoinOutcome outcome = join(Fixtures.link(6, "empty", LinkState.ACTIVE, false, false), newAccount());

		assertThat(outcome.kind()).isEqualTo(JoinOutcome.Kind.FAILED);
		assertThat(this.events.stream(InviteFailed.class)).singleElement()
			.satisfies((failed) -> assertThat(failed.reason()).isEqualTo(JoinService.NO_LIBRARIES));
	}

	@Test
	void tellsNobodyOfAnOutageTheInviteeMayRetry() {
		sim.faults().failNext("POST", "/api/servers/[^/]+/shared_servers/?", 500);

		join(Fixtures.link(6, "broken", LinkState.ACTIVE, false, false), newAccount());

		assertThat(this.events.stream(InviteFailed.class)).isEmpty();
		assertThat(this.events.stream(LinkRedeemed.class)).isEmpty();
	}

	@Test
	void asksTheOwnerFirstWhenTheLinkNeedsApproval() {
		SimAccount newcomer = newAccount();
		given(this.invitations.submitFromLink(any())).willReturn(new LinkedSubmission(5L, "status-token", null));

		JoinOutcome outcome = join(Fixtures.link(2, "approve", LinkState.ACTIVE, true, false), newcomer);

		assertThat(outcome).isEqualTo(JoinOutcome.awaitingApproval("status-token"));
		then(this.invitations).should()
			.submitFromLink(new LinkedRequest(newcomer.username(), Fixtures.PROFILE_ID, 2, true, GERMAN));
		then(this.links).should().recordRequested(REDEMPTION, 5);
		assertThat(sharesOf(newcomer)).isEmpty();
	}

	@Test
	void givesTheUseBackWhenTheRequestIsRefused() {
		given(this.invitations.submitFromLink(any()))
			.willReturn(new LinkedSubmission(null, null, "invite.identifier.already-requested"));

		JoinOutcome outcome = join(Fixtures.link(3, "approve2", LinkState.ACTIVE, true, false), newAccount());

		assertThat(outcome).isEqualTo(JoinOutcome.refused("invite.identifier.already-requested"));
		then(this.links).should().release(REDEMPTION);
	}

	@Test
	void sharesNothingWhenTheLinkClosedMeanwhile() {
		SimAccount late = newAccount();
		given(this.links.reserve(any(), any())).willReturn(new Reservation.Refused(LinkState.USED_UP));

		JoinOutcome outcome = join(Fixtures.link(4, "last", LinkState.ACTIVE, false, false), late);

		assertThat(outcome.kind()).isEqualTo(JoinOutcome.Kind.LINK_CLOSED);
		assertThat(sharesOf(late)).isEmpty();
	}

	@Test
	void takesNoUseForAnUnconfirmedEmailOrARejectedToken() {
		SimAccount unconfirmed = newAccount();
		sim.confirmEmail(unconfirmed, false);
		SimAccount revoked = newAccount();
		sim.revokeToken(revoked.token());
		InviteLink link = Fixtures.link(5, "careful", LinkState.ACTIVE, false, false);

		assertThat(join(link, unconfirmed).kind()).isEqualTo(JoinOutcome.Kind.CONFIRM_EMAIL);
		assertThat(join(link, revoked).kind()).isEqualTo(JoinOutcome.Kind.SIGN_IN_AGAIN);
		then(this.links).should(never()).reserve(any(), any());
	}

	@Test
	void recordsTheShareAndTheAcceptInTheAuditLogWithoutTheLinksCode() {
		SimAccount newcomer = newAccount();

		join(Fixtures.link(7, "audit-secret-code", LinkState.ACTIVE, false, false), newcomer);

		var entries = this.audit.find(new AuditQuery(null, JoinService.JOB, newcomer.username(), null, null, null, 10))
			.entries();
		assertThat(entries).extracting(AuditEntry::event)
			.extracting(AuditEvent::action)
			.containsExactly(AuditAction.LINK_ACCEPTED, AuditAction.LINK_SHARED);
		assertThat(entries).allSatisfy((entry) -> {
			assertThat(entry.event().outcome().succeeded()).isTrue();
			assertThat(entry.event().target()).contains("link #7 Family").doesNotContain("audit-secret-code");
		});
	}

	@Test
	void recordsAPlexFailureTheInviteeCannotFix() {
		SimAccount newcomer = newAccount();
		sim.faults().failNext("POST", "/api/servers/[^/]+/shared_servers/?", 403);

		JoinOutcome outcome = join(Fixtures.link(6, "broken", LinkState.ACTIVE, false, false), newcomer);

		assertThat(outcome.kind()).isEqualTo(JoinOutcome.Kind.FAILED);
		then(this.links).should().recordFailed(eq(REDEMPTION), eq("PLEX_ERROR"), any());
		then(this.links).should(never()).recordShared(anyLong(), any(), any());
	}

	@Test
	void recordsAPlexOutageButLetsTheInviteeTryAgainLater() {
		SimAccount newcomer = newAccount();
		sim.faults().failNext("POST", "/api/servers/[^/]+/shared_servers/?", 500);

		JoinOutcome outcome = join(Fixtures.link(6, "broken", LinkState.ACTIVE, false, false), newcomer);

		assertThat(outcome.kind()).isEqualTo(JoinOutcome.Kind.TRY_LATER);
		assertThat(outcome.kind().retry()).isTrue();
		then(this.links).should().recordFailed(eq(REDEMPTION), eq("PLEX_ERROR"), any());
	}

	@Test
	void aReturningInviteeKeepsTheirAccessEndAndIsNotSharedTwice() {
		SimAccount friend = newAccount();
		InviteLink link = Fixtures.link(7, "again", LinkState.ACTIVE, false, false);
		join(link, friend);
		Redemption before = new Redemption(REDEMPTION, 7, friend.id(), friend.username(), friend.email(),
				Fixtures.PROFILE_ID, RedemptionStatus.ACCEPTED, 1L, null, START.plus(Duration.ofDays(3)), null, START,
				START);
		given(this.links.reserve(any(), any())).willReturn(new Reservation.Reserved(REDEMPTION, true));
		given(this.links.redemption(REDEMPTION)).willReturn(Optional.of(before));

		JoinOutcome again = join(link, friend);

		assertThat(again).isEqualTo(JoinOutcome.joined(START.plus(Duration.ofDays(3))));
		assertThat(sharesOf(friend)).hasSize(1);
	}

	@Test
	void refusesTheOwnersOwnAccountWithoutTakingAUse() {
		JoinOutcome outcome = this.joins.join(Fixtures.link(8, "mine", LinkState.ACTIVE, false, false),
				new PlexToken(sim.ownerToken()), null);

		assertThat(outcome.kind()).isEqualTo(JoinOutcome.Kind.OWN_ACCOUNT);
		then(this.links).should(never()).reserve(any(), any());
	}

	@Test
	void typedUsernamesBecomeARequestAndARefusalGivesTheUseBack() {
		InviteLink link = Fixtures.link(9, "typed", LinkState.ACTIVE, false, true);
		given(this.invitations.submitFromLink(new LinkedRequest("sam", Fixtures.PROFILE_ID, 9, false)))
			.willReturn(new LinkedSubmission(8L, "tok", null));
		given(this.invitations.submitFromLink(new LinkedRequest("taken", Fixtures.PROFILE_ID, 9, false)))
			.willReturn(new LinkedSubmission(null, null, "invite.identifier.has-access"));

		TypedJoins.TypedOutcome stored = this.typed.requestByName(link, "sam", null);
		TypedJoins.TypedOutcome refused = this.typed.requestByName(link, "taken", null);

		assertThat(stored.statusToken()).isEqualTo("tok");
		assertThat(refused.errorKey()).isEqualTo("invite.identifier.has-access");
		then(this.links).should().reserve(link, new Invitee(null, "sam", null));
		then(this.links).should().recordRequested(REDEMPTION, 8);
		then(this.links).should().release(REDEMPTION);
	}

}
