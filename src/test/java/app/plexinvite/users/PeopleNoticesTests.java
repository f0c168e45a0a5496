package app.plexinvite.users;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.invite.AccessGranted;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.users.SyncStatus.SyncOutcome;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The people feature's notification events against the simulator: someone joins once per
 * joining (seen by a sync or told by a grant), a sync's trouble is told once per change,
 * and the invitee's language travels with the events about them.
 */
class PeopleNoticesTests extends PeopleAgainstTheSimulator {

	static final Locale GERMAN = Locale.GERMANY;

	@Autowired
	SyncRun sync;

	@Autowired
	People people;

	@Autowired
	ExpiryJob expiry;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonLocales locales;

	@Autowired
	AccessProfiles profiles;

	private long joins(long personId) {
		return this.events.stream(PersonJoined.class).filter((joined) -> joined.personId() == personId).count();
	}

	private AccessGranted grant(long account, String name, boolean accepted, Locale locale) {
		return new AccessGranted(AccessGranted.Source.LINK, 5, "Family", account, name, name + "@example.com", null,
				accepted, this.profiles.defaultProfile().id(), null, this.clock.instant(), locale);
	}

	private Person byAccount(long account) {
		return this.store.findByAccount(account).orElseThrow();
	}

	@Test
	void aSyncThatSeesAPendingPersonAcceptedTellsOfTheJoinOnceInTheirLanguage() {
		Person person = pending(null, movies);
		this.locales.record(person.id(), GERMAN);
		sim.acceptInvite(person.plexShareId());
		this.clock.advance(Duration.ofMinutes(1));

		this.sync.run();
		Instant seenAt = this.clock.instant();
		this.clock.advance(Duration.ofMinutes(1));
		this.sync.run();

		assertThat(reread(person).state()).isEqualTo(PersonState.ACCEPTED);
		assertThat(this.events.stream(PersonJoined.class)).filteredOn((joined) -> joined.personId() == person.id())
			.singleElement()
			.isEqualTo(new PersonJoined(person.id(), person.username(), person.email(), GERMAN, seenAt));
	}

	@Test
	void aSyncTellsNobodyOfSomeoneStillPending() {
		Person person = pending(null, movies);
		this.clock.advance(Duration.ofMinutes(1));

		this.sync.run();

		assertThat(joins(person.id())).isZero();
	}

	@Test
	void anAcceptedGrantTellsOfTheJoinOnceAndTheNewestLanguageIsKept() {
		long account = 800_000 + names.incrementAndGet();
		String name = "granted" + account;

		this.publisher.publishEvent(grant(account, name, false, GERMAN));
		Person person = byAccount(account);
		assertThat(joins(person.id())).isZero();
		assertThat(this.locales.of(person.id())).isEqualTo(GERMAN);

		this.publisher.publishEvent(grant(account, name, true, null));
		assertThat(this.events.stream(PersonJoined.class)).filteredOn((joined) -> joined.personId() == person.id())
			.singleElement()
			.satisfies((joined) -> {
				assertThat(joined.name()).isEqualTo(name);
				assertThat(joined.email()).isEqualTo(name + "@example.com");
				assertThat(joined.locale()).isEqualTo(GERMAN);
			});

		this.publisher.publishEvent(grant(account, name, true, Locale.FRANCE));
		assertThat(joins(person.id())).isOne();
		assertThat(this.locales.of(person.id())).isEqualTo(Locale.FRANCE);
	}

	@Test
	void someoneGivenAccessAgainAfterItEndedJoinsAgain() {
		long account = 800_000 + names.incrementAndGet();
		String name = "again" + account;
		this.publisher.publishEvent(grant(account, name, true, null));
		Person joined = byAccount(account);
		assertThat(this.store.save(joined.withState(PersonState.EXPIRED), this.clock.instant())).isTrue();

		this.publisher.publishEvent(grant(account, name, false, null));
		assertThat(byAccount(account).state()).isEqualTo(PersonState.PENDING);
		this.publisher.publishEvent(grant(account, name, true, null));

		assertThat(joins(joined.id())).isEqualTo(2);
	}

	@Test
	void aSyncTellsOfTroubleOnceWhenItStopsBeingComplete() {
		lastSyncWas(SyncOutcome.COMPLETE);
		sim.faults().outage(true);
		try {
			SyncStatus failed = this.sync.run();
			this.sync.run();

			assertThat(this.events.stream(SyncTrouble.class)).singleElement().satisfies((trouble) -> {
				assertThat(trouble.outcome()).isEqualTo(SyncOutcome.FAILED);
				assertThat(trouble.problem()).isNotBlank().isEqualTo(failed.lastProblem());
			});

			lastSyncWas(SyncOutcome.INCOMPLETE);
			this.sync.run();
			assertThat(this.events.stream(SyncTrouble.class)).hasSize(1);

			lastSyncWas(null);
			this.sync.run();
			assertThat(this.events.stream(SyncTrouble.class)).hasSize(2);
		}
		finally {
			sim.faults().outage(false);
		}
	}

	private void lastSyncWas(SyncOutcome outcome) {
		this.jdbc.sql("UPDATE people_sync SET last_outcome = :outcome WHERE id = 1")
			.param("outcome", (outcome != null) ? outcome.name() : null)
			.update();
	}

	@Test
	void theWarningAndTheEndOfAccessCarryTheirLanguage() {
		Person person = accepted(null, movies);
		this.locales.record(person.id(), Locale.ITALY);
		this.people.setExpiry(person.id(), this.clock.instant().plus(Duration.ofDays(1)));

		this.expiry.runOnce();
		this.people.revoke(person.id());

		assertThat(this.events.stream(AccessExpiringSoon.class)).filteredOn((soon) -> soon.personId() == person.id())
			.singleElement()
			.satisfies((soon) -> assertThat(soon.locale()).isEqualTo(Locale.ITALY));
		assertThat(this.events.stream(AccessEnded.class)).filteredOn((ended) -> ended.personId() == person.id())
			.singleElement()
			.satisfies((ended) -> assertThat(ended.locale()).isEqualTo(Locale.ITALY));
	}

}
