package app.plexinvite.invite;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No request with that id or status link; pages answer with the styled 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class RequestNotFound extends RuntimeException {

	private RequestNotFound(String message) {
		super(message);
	}

	static RequestNotFound forId(long id) {
		return new RequestNotFound("No invite request " + id);
	}

	static RequestNotFound forToken() {
		return new RequestNotFound("No invite request with that status link");
	}

}
