package app.plexinvite.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No link with that id (or it was deleted); the owner's pages answer with the 404 page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class LinkNotFound extends RuntimeException {

	private LinkNotFound(String message) {
		super(message);
	}

	static LinkNotFound withId(long id) {
		return new LinkNotFound("No invite link " + id);
	}

}
