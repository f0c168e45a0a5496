package app.plexinvite.links;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import app.plexinvite.invite.Invitations;
import app.plexinvite.invite.LinkedRequestSettled;
import app.plexinvite.invite.RequestCreated;
import app.plexinvite.invite.RequestStatus;
import app.plexinvite.plex.PlexToken;
import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.plexsim.SimAccount;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.plexsim.SimServer;
import app.plexinvite.plexsim.SimShare;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ProfileDraft;
import app.plexinvite.support.AppTest;
import app.plexinvite.support.SimulatorProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What happens to a link's uses after the first answer, with the real links, profiles and
 * request pipeline against the simulator: an invitee whose accept failed finishes on a
 * single-use link they used up themselves; a typed username follows its request, and
 * gives the use back when the request is denied.
 */
@AppTest
@RecordApplicationEvents
class LinkRedemptionsTests {

	@Autowired
	ApplicationEvents recorded;

	@Autowired
	JdbcClient jdbc;

	static final PlexSimulator sim = PlexSimulator.builder().build();

	static final SimServer server = sim.addServer("Den");

	static final SimLibrary movies = server.addLibrary("Movies", "movie");

	static final AtomicInteger names = new AtomicInteger();

	@Autowired
	JoinService joins;

	@Autowired
	TypedJoins typed;

	@Autowired
	InviteLinks links;

	@Autowired
	AccessProfiles profiles;

	@Autowired
	Invitations invitations;

	@Autowired
	ApplicationEventPublisher events;

	private AccessProfile films;

	@DynamicPropertySource
	static void pointAtTheSimulator(DynamicPropertyRegistry registry) {
		SimulatorProperties.pointAtServer(sim, server.name(), registry);
	}

	@BeforeEach
	void aProfileWithMovies() {
		sim.faults().reset();
		this.films = this.profiles.create(new ProfileDraft("Films " + names.incrementAndGet(), false,
				List.of(new AccessProfile.Library(movies.plexTvId(), movies.title())), false, false, false, null, null,
				null, null));
	}

	@Test
	void anInviteeWhoseAcceptFailedFinishesOnTheSingleUseLinkTheyUsedUp() {
		InviteLink once = this.links
			.create(new LinkDraft("Once", null, null, null, null, 1, this.films.id(), null, false, false));
		SimAccount zara = newAccount();
		for (int i = 0; i < PlexJoin.ACCEPT_ATTEMPTS; i++) {
			sim.faults().failNext("POST", "/api/v2/shared_servers/\\d+/accept/?", 500);
		}

		JoinOutcome first = this.joins.join(once, new PlexToken(zara.token()), null);
		InviteLink usedUp = this.links.findByCode(once.code()).orElseThrow();
		JoinOutcome again = this.joins.join(usedUp, new PlexToken(zara.token()), null);
		JoinOutcome stranger = this.joins.join(usedUp, new PlexToken(newAccount().token()), null);

		assertThat(first.kind()).isEqualTo(JoinOutcome.Kind.ACCEPT_PENDING);
		assertThat(usedUp.remainingUses()).isZero();
		assertThat(again.kind()).isEqualTo(JoinOutcome.Kind.JOINED);
		assertThat(stranger.kind()).isEqualTo(JoinOutcome.Kind.LINK_CLOSED);
		assertThat(sharesOf(zara)).singleElement().satisfies((share) -> assertThat(share.accepted()).isTrue());
		assertThat(this.links.redemptions(once.id())).singleElement()
			.satisfies((redemption) -> assertThat(redemption.status()).isEqualTo(RedemptionStatus.ACCEPTED));
	}

	@Test
	void aJoinTellsTheUsesLeftAndKeepsTheInviteesLanguageOnTheRedemption() {
		InviteLink link = this.links
			.create(new LinkDraft("Thrice", null, null, null, null, 3, this.films.id(), null, false, false));
		SimAccount ada = newAccount();

		JoinOutcome outcome = this.joins.join(link, new PlexToken(ada.token()), Locale.forLanguageTag("nl-BE"));

		assertThat(outcome.kind()).isEqualTo(JoinOutcome.Kind.JOINED);
		Redemption redemption = this.links.redemptions(link.id()).get(0);
		assertThat(this.recorded.stream(LinkRedeemed.class)).singleElement().satisfies((redeemed) -> {
			assertThat(redeemed.linkId()).isEqualTo(link.id());
			assertThat(redeemed.label()).isEqualTo("Thrice");
			assertThat(redeemed.redemptionId()).isEqualTo(redemption.id());
			assertThat(redeemed.plexAccountId()).isEqualTo(ada.id());
			assertThat(redeemed.usesLeft()).isEqualTo(2);
		});
		assertThat(localeOf("link_redemption", redemption.id())).isEqualTo("nl-BE");
	}

	@Test
	void aTypedUsernameKeepsTheInviteesLanguageOnTheRequestAndTheRedemption() {
		InviteLink link = this.links
			.create(new LinkDraft("Typed", null, null, null, null, 3, this.films.id(), null, true, true));
		String name = "typed-" + names.incrementAndGet();

		this.typed.requestByName(link, name, Locale.forLanguageTag("sv-SE"));

		Redemption redemption = this.links.redemptions(link.id()).get(0);
		assertThat(localeOf("link_redemption", redemption.id())).isEqualTo("sv-SE");
		assertThat(localeOf("invite_request", redemption.requestId())).isEqualTo("sv-SE");
		assertThat(this.recorded.stream(RequestCreated.class)).singleElement()
			.satisfies((created) -> assertThat(created)
				.extracting(RequestCreated::requestId, RequestCreated::linkId, RequestCreated::awaitingApproval,
						RequestCreated::locale)
				.containsExactly(redemption.requestId(), link.id(), true, Locale.forLanguageTag("sv-SE")));
		assertThat(this.recorded.stream(LinkRedeemed.class)).isEmpty();
	}

	@Test
	void aSignedInInviteeWhoseRequestWasSharedIsToldAsTheLinkUsed() {
		InviteLink link = this.links
			.create(new LinkDraft("Ask first", null, null, null, null, 2, this.films.id(), null, true, false));
		SimAccount bea = newAccount();
		JoinOutcome waiting = this.joins.join(link, new PlexToken(bea.token()), null);
		assertThat(waiting.kind()).isEqualTo(JoinOutcome.Kind.AWAITING_APPROVAL);
		Redemption requested = this.links.redemptions(link.id()).get(0);
		assertThat(this.recorded.stream(LinkRedeemed.class)).isEmpty();

		this.events
			.publishEvent(new LinkedRequestSettled(requested.requestId(), link.id(), RequestStatus.SENT, 4321L, null));

		assertThat(this.recorded.stream(LinkRedeemed.class)).singleElement()
			.usingRecursiveComparison()
			.ignoringFields("at")
			.isEqualTo(new LinkRedeemed(link.id(), "Ask first", requested.id(), bea.id(), bea.username(), bea.email(),
					1, null));
	}

	private String localeOf(String table, long id) {
		return this.jdbc.sql("SELECT locale FROM " + table + " WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	@Test
	void aTypedUsernameWhoseRequestIsDeniedGivesTheUseBack() {
		InviteLink once = this.links
			.create(new LinkDraft("Typed", null, null, null, null, 1, this.films.id(), null, true, true));

		TypedJoins.TypedOutcome typed = this.typed.requestByName(once, "nobody-" + names.incrementAndGet(), null);
		assertThat(typed.statusToken()).isNotNull();
		assertThat(this.links.findByCode(once.code()).orElseThrow().remainingUses()).isZero();
		long requestId = this.links.redemptions(once.id()).get(0).requestId();

		this.invitations.deny(requestId, null);

		assertThat(this.links.findByCode(once.code()).orElseThrow().remainingUses()).isEqualTo(1);
		assertThat(this.links.redemptions(once.id())).isEmpty();
	}

	@Test
	void aTypedUsernameFollowsItsRequestOnceThePipelineSharedIt() {
		InviteLink link = this.links
			.create(new LinkDraft("Typed", null, null, null, null, 3, this.films.id(), null, false, true));
		this.typed.requestByName(link, "yann-" + names.incrementAndGet(), null);
		Redemption requested = this.links.redemptions(link.id()).get(0);
		assertThat(requested.status()).isEqualTo(RedemptionStatus.REQUESTED);

		this.events
			.publishEvent(new LinkedRequestSettled(requested.requestId(), link.id(), RequestStatus.SENT, 4321L, null));

		assertThat(this.links.redemption(requested.id()).orElseThrow()).satisfies((redemption) -> {
			assertThat(redemption.status()).isEqualTo(RedemptionStatus.SHARED);
			assertThat(redemption.plexShareId()).isEqualTo(4321L);
		});
		assertThat(this.recorded.stream(LinkRedeemed.class)).as("no plex.tv account to tell").isEmpty();
	}

	private static SimAccount newAccount() {
		String name = "later" + names.incrementAndGet();
		return sim.addAccount(name, name + "@example.com");
	}

	private static List<SimShare> sharesOf(SimAccount account) {
		return sim.shares().stream().filter((share) -> Long.valueOf(account.id()).equals(share.invitedId())).toList();
	}

}
