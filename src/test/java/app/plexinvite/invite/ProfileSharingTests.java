package app.plexinvite.invite;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import app.plexinvite.plex.PlexClient;
import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.plexsim.SimServer;
import app.plexinvite.plexsim.SimShare;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ContentFilter;
import app.plexinvite.profiles.ProfileDraft;
import app.plexinvite.profiles.ProfileHolder;
import app.plexinvite.profiles.PushResult;
import app.plexinvite.support.AppTest;
import app.plexinvite.support.DefaultProfile;
import app.plexinvite.support.MutableClock;
import app.plexinvite.support.SimulatorProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests share with their profile, links' requests come in without a code, and an
 * edited profile is pushed to the shares of the people who have it: the whole app against
 * the simulator, the worker driven by hand.
 */
@AppTest
@RecordApplicationEvents
class ProfileSharingTests {

	static final PlexSimulator sim = PlexSimulator.builder().build();

	static final SimServer server = sim.addServer("Living Room");

	static final SimLibrary movies = server.addLibrary("Movies", "movie");

	static final SimLibrary shows = server.addLibrary("Shows", "show");

	static final AtomicInteger names = new AtomicInteger();

	@Autowired
	InvitePipeline pipeline;

	@Autowired
	InviteRequests requests;

	@Autowired
	Invitations invitations;

	@Autowired
	AccessProfiles profiles;

	@Autowired
	PlexClient plex;

	@Autowired
	MutableClock clock;

	@Autowired
	ApplicationEvents events;

	@DynamicPropertySource
	static void pointAtTheSimulator(DynamicPropertyRegistry registry) {
		SimulatorProperties.pointAtServer(sim, "Living Room", registry);
	}

	@AfterAll
	static void stopTheSimulator() {
		sim.close();
	}

	@BeforeEach
	void shareMoviesByDefault() {
		sim.faults().reset();
		DefaultProfile.shares(this.profiles, List.of(library(movies)), false);
		this.plex.server();
	}

	private static AccessProfile.Library library(SimLibrary library) {
		return new AccessProfile.Library(library.plexTvId(), library.title());
	}

	private String newAccount() {
		String name = "pal" + names.incrementAndGet();
		sim.addAccount(name, name + "@example.com");
		return name;
	}

	private AccessProfile kidsProfile(Integer days) {
		ContentFilter onlyKids = new ContentFilter(List.of("kids"), List.of(), List.of("G", "PG"), List.of());
		return this.profiles.create(new ProfileDraft("Kids " + names.incrementAndGet(), false, List.of(library(shows)),
				true, false, false, onlyKids, onlyKids, null, days));
	}

	private static SimShare shareOf(String username) {
		return sim.shares()
			.stream()
			.filter((share) -> username.equals(share.invitedUsername()))
			.findFirst()
			.orElseThrow();
	}

	private InviteRequest sentWith(AccessProfile profile) {
		String name = newAccount();
		LinkedSubmission submission = this.invitations.submitFromLink(new LinkedRequest(name, profile.id(), 7, false));
		this.pipeline.poll();
		return this.requests.find(submission.requestId()).orElseThrow();
	}

	@Test
	void sharesALinksRequestWithItsProfileWithoutAnInviteCodeAndRecordsWhenAccessEnds() {
		this.invitations.changeInviteCode("secret");
		try {
			AccessProfile kids = kidsProfile(30);

			InviteRequest sent = sentWith(kids);

			assertThat(sent.status()).isEqualTo(RequestStatus.SENT);
			assertThat(sent.profileId()).isEqualTo(kids.id());
			assertThat(sent.linkId()).isEqualTo(7L);
			assertThat(sent.accessEndsAt()).isEqualTo(this.clock.instant().plus(Duration.ofDays(30)));
			assertThat(this.events.stream(LinkedRequestSettled.class)).contains(new LinkedRequestSettled(sent.id(), 7,
					RequestStatus.SENT, sent.plexShareId(), sent.accessEndsAt()));
			assertThat(this.events.stream(AccessGranted.class))
				.contains(new AccessGranted(AccessGranted.Source.REQUEST, sent.id(), null, null, sent.identifier(),
						null, sent.plexShareId(), false, kids.id(), sent.accessEndsAt(), this.clock.instant(), null));
			SimShare share = shareOf(sent.identifier());
			assertThat(share.librarySectionIds()).containsExactly(shows.plexTvId());
			assertThat(share.settings()).containsEntry("allowSync", "1")
				.containsEntry("filterMovies", "contentRating=G%2CPG|label=kids")
				.containsEntry("filterTelevision", "contentRating=G%2CPG|label=kids")
				.containsEntry("filterMusic", "");
		}
		finally {
			this.invitations.changeInviteCode(null);
		}
	}

	@Test
	void keepsALinksRequestForApprovalAndRefusesAnAccountThatAskedAlready() {
		String name = newAccount();

		LinkedSubmission first = this.invitations
			.submitFromLink(new LinkedRequest(name, this.profiles.defaultProfile().id(), 3, true));
		LinkedSubmission again = this.invitations.submitFromLink(
				new LinkedRequest(name.toUpperCase(java.util.Locale.ROOT), kidsProfile(null).id(), 4, false));
		LinkedSubmission invalid = this.invitations
			.submitFromLink(new LinkedRequest("not a name!", this.profiles.defaultProfile().id(), 3, false));

		assertThat(first.stored()).isTrue();
		assertThat(first.statusToken()).hasSizeGreaterThan(30);
		assertThat(this.requests.find(first.requestId()).orElseThrow().status())
			.isEqualTo(RequestStatus.AWAITING_APPROVAL);
		assertThat(again).isEqualTo(new LinkedSubmission(null, null, "invite.identifier.already-requested"));
		assertThat(invalid.stored()).isFalse();
		assertThat(invalid.refusedMessageKey()).startsWith("invite.identifier.");
	}

	@Test
	void refusesALinksRequestForSomeoneWhoHasAccessAlready() {
		InviteRequest sent = sentWith(this.profiles.defaultProfile());

		LinkedSubmission again = this.invitations
			.submitFromLink(new LinkedRequest(sent.identifier(), this.profiles.defaultProfile().id(), 9, false));

		assertThat(again.refusedMessageKey()).isEqualTo("invite.identifier.has-access");
	}

	@Test
	void sharesARequestWithoutProfileWithTheDefaultAsItIsWhenSent() {
		String name = newAccount();
		InviteRequest request = this.requests.insert(InviteRequest.submitted(PlexIdentifier.parse(name),
				"token-" + name + "-".repeat(30), false, this.clock.instant()));
		DefaultProfile.shares(this.profiles, List.of(library(shows)), false);

		this.pipeline.poll();

		InviteRequest sent = this.requests.find(request.id()).orElseThrow();
		assertThat(sent.profileId()).isEqualTo(this.profiles.defaultProfile().id());
		assertThat(sent.accessEndsAt()).isNull();
		assertThat(shareOf(name).librarySectionIds()).containsExactly(shows.plexTvId());
		assertThat(this.events.stream(AccessGranted.class).filter((granted) -> granted.recordId() == sent.id()))
			.as("the people list records the profile actually shared")
			.singleElement()
			.extracting(AccessGranted::profileId)
			.isEqualTo(this.profiles.defaultProfile().id());
	}

	@Test
	void pushesAnEditedProfileToEveryHolderAndCollectsAFailure() {
		AccessProfile kids = kidsProfile(null);
		InviteRequest first = sentWith(kids);
		InviteRequest second = sentWith(kids);
		InviteRequest other = sentWith(this.profiles.defaultProfile());
		ContentFilter noHorror = new ContentFilter(List.of(), List.of("horror"), List.of(), List.of());
		this.profiles.update(kids.id(), new ProfileDraft(kids.name(), false, List.of(library(movies), library(shows)),
				false, true, false, noHorror, null, null, null));
		assertThat(this.profiles.holders(kids.id())).extracting(ProfileHolder::name)
			.containsExactly(first.identifier(), second.identifier());
		sim.faults().failNext("PUT", "/api/servers/[^/]+/shared_servers/" + second.plexShareId(), 400);

		PushResult result = this.profiles.push(kids.id());

		assertThat(result).isEqualTo(new PushResult(1, 0, List.of(second.identifier())));
		SimShare updated = shareOf(first.identifier());
		assertThat(updated.librarySectionIds()).containsExactlyInAnyOrder(movies.plexTvId(), shows.plexTvId());
		assertThat(updated.settings()).containsEntry("allowSync", "0")
			.containsEntry("allowChannels", "1")
			.containsEntry("filterMovies", "label!=horror")
			.containsEntry("filterTelevision", "");
		assertThat(shareOf(second.identifier()).librarySectionIds()).containsExactly(shows.plexTvId());
		assertThat(shareOf(other.identifier()).librarySectionIds()).containsExactly(movies.plexTvId());
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Clocks {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
		}

	}

}
