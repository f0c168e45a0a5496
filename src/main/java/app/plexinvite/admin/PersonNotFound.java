package app.plexinvite.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No person with that id; the owner's pages answer with the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class PersonNotFound extends RuntimeException {

	private PersonNotFound(String message) {
		super(message);
	}

	static PersonNotFound withId(long id) {
		return new PersonNotFound("No person " + id);
	}

}
