package app.plexinvite.users;

import java.util.Locale;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One change to a person with its history line, in one transaction, conditional on the
 * record being as it was read ({@link PersonStore#save}).
 */
@Component
class PersonWrites {

	private final PersonStore store;

	private final TransactionTemplate transaction;

	private final PersonLocales locales;

	PersonWrites(PersonStore store, PersonLocales locales, TransactionTemplate transaction) {
		this.store = store;
		this.locales = locales;
		this.transaction = transaction;
	}

	/** Their language for notifications, or null. */
	Locale locale(long personId) {
		return this.locales.of(personId);
	}

	/** False when someone changed the record meanwhile (nothing written then). */
	boolean save(Person person, UnaryOperator<Person> change, PersonEvent event) {
		return Boolean.TRUE.equals(this.transaction.execute((status) -> {
			if (!this.store.save(change.apply(person), event.at())) {
				return false;
			}
			this.store.record(person.id(), event);
			return true;
		}));
	}

}
