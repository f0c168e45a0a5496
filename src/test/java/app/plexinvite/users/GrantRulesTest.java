package app.plexinvite.users;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import app.plexinvite.invite.AccessGranted;
import app.plexinvite.invite.AccessGranted.Source;

import static org.assertj.core.api.Assertions.assertThat;

/** How a share made by a request or a link changes the person it was made for. */
class GrantRulesTest {

	private static final Instant AT = Instant.parse("2026-05-03T10:00:00Z");

	private static AccessGranted grant(Source source, boolean accepted, Instant endsAt) {
		return new AccessGranted(source, 42, (source == Source.LINK) ? "Family" : null, 7L, "alice", null, 700L,
				accepted, 3, endsAt, AT, null);
	}

	@Test
	void recordsSomeoneNewWithTheGrantsOriginProfileAndEnd() {
		AccessGranted grant = grant(Source.LINK, false, AT.plus(Duration.ofDays(30)));

		Person person = GrantRules.applied(GrantRules.fresh(grant), grant, true);

		assertThat(person.origin()).isEqualTo(PersonOrigin.LINK);
		assertThat(person.originLabel()).isEqualTo("Family");
		assertThat(person.state()).isEqualTo(PersonState.PENDING);
		assertThat(person.profileId()).isEqualTo(3L);
		assertThat(person.plexShareId()).isEqualTo(700L);
		assertThat(person.accessEndsAt()).isEqualTo(AT.plus(Duration.ofDays(30)));
		assertThat(GrantRules.event(grant, person)).extracting(PersonEvent::kind, PersonEvent::actor)
			.containsExactly(PersonEvent.Kind.SHARED, "link Family");
	}

	@Test
	void neverTurnsAnAcceptedShareBackToPending() {
		Person accepted = PeopleFixture.person("alice", 7L, PersonState.ACCEPTED);
		AccessGranted grant = grant(Source.REQUEST, false, null);

		assertThat(GrantRules.applied(accepted, grant, false).state()).isEqualTo(PersonState.ACCEPTED);
		assertThat(GrantRules.event(grant, accepted).actor()).isEqualTo("request #42");
	}

	@Test
	void givesSomeoneWhoseAccessEndedItAgainWithTheNewEnd() {
		Person revoked = PeopleFixture.person("alice", 7L, PersonState.GONE)
			.withStateBeforeGone(PersonState.ACCEPTED)
			.withAccessEndsAt(AT.minusSeconds(5))
			.withExpiryFailure("plex.tv was down");

		Person again = GrantRules.applied(revoked, grant(Source.LINK, true, null), false);

		assertThat(again.state()).isEqualTo(PersonState.ACCEPTED);
		assertThat(again.stateBeforeGone()).isNull();
		assertThat(again.accessEndsAt()).isNull();
		assertThat(again.expiryFailure()).isNull();
	}

	@Test
	void givesAHolderWithoutAnEndTheGrantsEndButKeepsAnEndTheyHave() {
		Instant ends = AT.plus(Duration.ofDays(30));
		Person unlimited = PeopleFixture.person("alice", 7L, PersonState.ACCEPTED);
		Person ending = unlimited.withAccessEndsAt(AT.plus(Duration.ofDays(3)));

		assertThat(GrantRules.applied(unlimited, grant(Source.REQUEST, false, ends), false).accessEndsAt())
			.isEqualTo(ends);
		Person kept = GrantRules.applied(ending, grant(Source.REQUEST, false, null), false);
		assertThat(kept.accessEndsAt()).isEqualTo(AT.plus(Duration.ofDays(3)));
		assertThat(GrantRules.event(grant(Source.REQUEST, false, null), kept).detail()).contains("kept the end date");
	}

}
