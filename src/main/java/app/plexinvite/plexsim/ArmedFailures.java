package app.plexinvite.plexsim;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The failures {@link SimFaults#failNext} armed: each answers the first request whose
 * method and path match it, once.
 */
final class ArmedFailures {

	private final List<Failure> failures = new ArrayList<>();

	synchronized void add(String method, String pathRegex, int status) {
		this.failures.add(new Failure(method, Pattern.compile(pathRegex), status));
	}

	/** The status for this request, taking its failure; or null when none matches. */
	synchronized Integer take(Call call) {
		Iterator<Failure> pending = this.failures.iterator();
		while (pending.hasNext()) {
			Failure failure = pending.next();
			if (failure.method().equalsIgnoreCase(call.method()) && failure.path().matcher(call.path()).matches()) {
				pending.remove();
				return failure.status();
			}
		}
		return null;
	}

	synchronized void clear() {
		this.failures.clear();
	}

	private record Failure(String method, Pattern path, int status) {
	}

}
