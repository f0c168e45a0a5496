package app.plexinvite.users;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import app.plexinvite.invite.AccessGranted;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;

/**
 * Records who a request or an invite link shared the server with, in the sharer's thread
 * and transaction: a new person, or the person we know by plex.tv account, e-mail or
 * username updated (an accepted share is never made pending again). A failure here is
 * logged and never undoes the share; the next sync lists them anyway.
 */
@Component
class AccessGrants {

	private static final Logger log = LoggerFactory.getLogger(AccessGrants.class);

	private static final int TRIES = 3;

	private final PersonStore store;

	private final AccessProfiles profiles;

	private final PeopleNotices notices;

	private final PersonLocales locales;

	private final Clock clock;

	AccessGrants(PersonStore store, AccessProfiles profiles, PeopleNotices notices, PersonLocales locales,
			ObjectProvider<Clock> clock) {
		this.store = store;
		this.locales = locales;
		this.notices = notices;
		this.profiles = profiles;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@EventListener
	void granted(AccessGranted grant) {
		try {
			for (int i = 0; i < TRIES; i++) {
				Recorded recorded = tryRecord(grant);
				if (recorded != null) {
					recorded(grant, recorded);
					return;
				}
			}
			log.warn("{} #{}: the person changed {} times while being recorded; the next sync lists them",
					grant.source(), grant.recordId(), TRIES);
		}
		catch (DataAccessException ex) {
			log.error("{} #{}: the person could not be recorded ({}); the next sync lists them", grant.source(),
					grant.recordId(), ex.getMostSpecificCause().getClass().getSimpleName());
		}
	}

	/**
	 * Their language as the grant brings it, and {@link PersonJoined} when the grant made
	 * them ACCEPTED (new, pending, or given access again after it ended).
	 */
	private void recorded(AccessGranted grant, Recorded recorded) {
		this.locales.record(recorded.person().id(), grant.locale());
		if (recorded.joined()) {
			this.notices.joined(recorded.person(), this.clock.instant());
		}
	}

	/** Null when someone else wrote the person first (then it is tried again). */
	private Recorded tryRecord(AccessGranted grant) {
		Optional<Person> known = match(grant);
		Person person = GrantRules.applied(known.orElseGet(() -> GrantRules.fresh(grant)), grant, known.isEmpty());
		person = withLibraries(person, grant.profileId());
		PersonEvent event = GrantRules.event(grant, person);
		boolean joined = person.state() == PersonState.ACCEPTED
				&& known.map((before) -> before.state() != PersonState.ACCEPTED).orElse(true);
		if (known.isEmpty()) {
			try {
				Person stored = this.store.insert(person, this.clock.instant());
				this.store.record(stored.id(), event);
				return new Recorded(stored, joined);
			}
			catch (DuplicateKeyException ex) {
				return null;
			}
		}
		// Written at this clock's now, not the grant's instant: updated_at never moves
		// back
		// (a sync judges who changed after it asked plex.tv by it).
		if (!this.store.save(person, this.clock.instant())) {
			return null;
		}
		this.store.record(person.id(), event);
		return new Recorded(person, joined);
	}

	private Optional<Person> match(AccessGranted grant) {
		if (grant.plexAccountId() != null) {
			Optional<Person> byAccount = this.store.findByAccount(grant.plexAccountId());
			if (byAccount.isPresent()) {
				return byAccount;
			}
		}
		for (String name : new String[] { grant.email(), grant.username() }) {
			if (name != null && !name.isBlank()) {
				Optional<Person> byName = this.store.findByName(name.strip())
					.stream()
					.filter((p) -> grant.plexAccountId() == null || p.plexAccountId() == null
							|| p.plexAccountId().equals(grant.plexAccountId()))
					.findFirst();
				if (byName.isPresent()) {
					return byName;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * A person as recorded, and whether the grant made them ACCEPTED.
	 *
	 * @param person the person
	 * @param joined whether they were not ACCEPTED before this grant and are now
	 */
	private record Recorded(Person person, boolean joined) {
	}

	/** The profile's libraries, as shared (the next sync reads Plex's own). */
	private Person withLibraries(Person person, long profileId) {
		return this.profiles.find(profileId)
			.filter(AccessProfile::configured)
			.map((profile) -> person.withAllLibraries(profile.allLibraries())
				.withLibraryIds(profile.allLibraries() ? List.of()
						: profile.libraries().stream().map(AccessProfile.Library::plexTvId).sorted().toList()))
			.orElse(person);
	}

}
