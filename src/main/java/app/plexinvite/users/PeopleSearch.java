package app.plexinvite.users;

import org.springframework.stereotype.Component;

/** Search, filters, sorting and counts over the person table (SYNC helper). */
@Component
class PeopleSearch {

	PersonPage find(PersonQuery query) {
		throw new UnsupportedOperationException("skeleton");
	}

	PeopleCounts counts() {
		throw new UnsupportedOperationException("skeleton");
	}

}
