package app.plexinvite.plexsim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Method + path-pattern routing; tells "no such path" apart from "no such method on this
 * path".
 */
final class Router {

	static final String ANY = "*";

	record Route(String method, Pattern path, boolean authenticated, Function<Call, Answer> handler) {
	}

	/**
	 * The matched route with its path parameters; or none, with the methods the path
	 * allows.
	 */
	record Lookup(Route route, List<String> params, Set<String> allowed) {

		boolean found() {
			return this.route != null;
		}

		boolean pathKnown() {
			return !this.allowed.isEmpty();
		}

	}

	private final List<Route> routes = new ArrayList<>();

	/** A route that needs a valid plex.tv token. */
	Router authenticated(String method, String regex, Function<Call, Answer> handler) {
		this.routes.add(new Route(method, Pattern.compile(regex), true, handler));
		return this;
	}

	/** A route that needs no token. */
	Router open(String method, String regex, Function<Call, Answer> handler) {
		this.routes.add(new Route(method, Pattern.compile(regex), false, handler));
		return this;
	}

	Lookup find(String method, String path) {
		Set<String> allowed = new LinkedHashSet<>();
		for (Route route : this.routes) {
			Matcher matcher = route.path().matcher(path);
			if (!matcher.matches()) {
				continue;
			}
			// HEAD is answered like GET, without a body (HttpEndpoint drops it).
			if (route.method().equals(ANY) || route.method().equals(method)
					|| (method.equals("HEAD") && route.method().equals("GET"))) {
				return new Lookup(route, groups(matcher), Set.of());
			}
			allowed.add(route.method());
		}
		return new Lookup(null, List.of(), allowed);
	}

	private static List<String> groups(Matcher matcher) {
		List<String> values = new ArrayList<>();
		for (int i = 1; i <= matcher.groupCount(); i++) {
			values.add(matcher.group(i));
		}
		return values;
	}

}
