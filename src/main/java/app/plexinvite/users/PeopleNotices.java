package app.plexinvite.users;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Publishes the people feature's notification events ({@link PersonJoined},
 * {@link SyncTrouble}) after the change is stored. A listener that fails is logged and
 * never breaks the sync or the grant.
 */
@Component
class PeopleNotices {

	private static final Logger log = LoggerFactory.getLogger(PeopleNotices.class);

	private final ApplicationEventPublisher events;

	private final PersonLocales locales;

	PeopleNotices(ApplicationEventPublisher events, PersonLocales locales) {
		this.events = events;
		this.locales = locales;
	}

	void publish(Object event) {
		try {
			this.events.publishEvent(event);
		}
		catch (RuntimeException ex) {
			log.warn("A listener of {} failed; the change stands: {}", event.getClass().getSimpleName(),
					ex.getClass().getSimpleName());
		}
	}

	/** Their person became ACCEPTED (stored already); with their language as stored. */
	void joined(Person person, Instant at) {
		publish(new PersonJoined(person.id(), person.displayName(), person.email(), this.locales.of(person.id()), at));
	}

}
