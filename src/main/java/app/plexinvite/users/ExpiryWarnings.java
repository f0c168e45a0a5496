package app.plexinvite.users;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The expiring-soon warning: published once per end date for holders whose access ends
 * within people.expiry-warning, and recorded (expiry_warned_at, event EXPIRY_WARNED) so a
 * restart does not send it again.
 */
@Component
class ExpiryWarnings {

	private final ExpiryQueries queries;

	private final PersonWrites writes;

	private final ApplicationEventPublisher events;

	private final PeopleProperties properties;

	private final Clock clock;

	ExpiryWarnings(ExpiryQueries queries, PersonWrites writes, ApplicationEventPublisher events,
			PeopleProperties properties, ObjectProvider<Clock> clock) {
		this.queries = queries;
		this.writes = writes;
		this.events = events;
		this.properties = properties;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Warns everyone due, in batches; returns how many were warned. */
	int warnAll() {
		Instant now = this.clock.instant();
		Instant until = now.plus(this.properties.expiryWarning());
		int warned = 0;
		Set<Long> seen = new HashSet<>();
		List<Person> batch;
		do {
			batch = ExpiryJob.unseen(this.queries.endingSoon(now, until, ExpiryJob.BATCH), seen);
			for (Person person : batch) {
				warned += warn(person, now) ? 1 : 0;
			}
		}
		while (!batch.isEmpty());
		return warned;
	}

	/**
	 * Records the warning and publishes it; false when the record changed meanwhile (the
	 * next round looks again).
	 */
	private boolean warn(Person person, Instant now) {
		PersonEvent event = new PersonEvent(now, PersonEvent.Kind.EXPIRY_WARNED, ExpiryRemoval.ACTOR,
				"access ends " + person.accessEndsAt());
		if (!this.writes.save(person, (current) -> current.withExpiryWarnedAt(now), event)) {
			return false;
		}
		this.events.publishEvent(new AccessExpiringSoon(person.id(), person.displayName(), person.email(),
				person.accessEndsAt(), this.writes.locale(person.id())));
		return true;
	}

}
