package app.plexinvite.notify;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No endpoint (or delivery of it) with that id; the owner's pages answer with the 404
 * page.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class WebhookNotFound extends RuntimeException {

	private WebhookNotFound(String message) {
		super(message);
	}

	static WebhookNotFound withId(long id) {
		return new WebhookNotFound("No webhook endpoint " + id);
	}

}
