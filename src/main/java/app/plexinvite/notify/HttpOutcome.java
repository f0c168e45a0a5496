package app.plexinvite.notify;

import java.time.Duration;

/**
 * What one attempt got: the receiver's status (null when there was no answer), our own
 * short sentence when it failed, a cleaned excerpt of the answer, and the wait a 429 or
 * 503 asked for.
 */
record HttpOutcome(Integer status, String error, String excerpt, Duration retryAfter) {

	static HttpOutcome noAnswer(String error) {
		return new HttpOutcome(null, error, null, null);
	}

	boolean succeeded() {
		return this.status != null && this.status >= 200 && this.status < 300;
	}

}
