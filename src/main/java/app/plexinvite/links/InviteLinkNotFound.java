package app.plexinvite.links;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No link has this code: the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
final class InviteLinkNotFound extends RuntimeException {

	private InviteLinkNotFound(String message) {
		super(message, null, false, false);
	}

	static InviteLinkNotFound forCode(String code) {
		return new InviteLinkNotFound("No invite link with code of length " + ((code != null) ? code.length() : 0));
	}

}
