package app.plexinvite.batch;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No batch with that id (or a discarded draft); the owner sees the 404 page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
final class BatchNotFound extends RuntimeException {

	private BatchNotFound(String message) {
		super(message);
	}

	static BatchNotFound withId(long id) {
		return new BatchNotFound("No batch " + id);
	}

}
