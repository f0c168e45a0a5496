package app.plexinvite.plexsim;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The app.plex.tv sign-in step (plex-protocol.md §10b): {@code /auth} reads the URL
 * fragment in the browser (it never reaches the server), lets the person pick a simulated
 * account and approves the PIN through the simulator-only {@code POST /sim/auth/approve}.
 * Script and styles are separate files so the page works under a strict
 * Content-Security-Policy.
 */
final class AuthPage {

	private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; "
			+ "connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'";

	private final World world;

	AuthPage(World world) {
		this.world = world;
	}

	static boolean owns(String path) {
		return path.equals("/auth") || path.startsWith("/auth/") || path.startsWith("/sim/");
	}

	void register(Router router) {
		router
			.open("GET", "/auth/?",
					(call) -> asset("auth.html", Answer.HTML).withHeader("Content-Security-Policy", CSP))
			.open("GET", "/auth/sim\\.js", (call) -> asset("auth.js", "text/javascript; charset=utf-8"))
			.open("GET", "/auth/sim\\.css", (call) -> asset("auth.css", "text/css; charset=utf-8"))
			.open("GET", "/sim/accounts", this::accounts)
			.open("POST", "/sim/auth/approve", this::approve);
	}

	/** The accounts a person may sign in as; never their tokens. */
	private Answer accounts(Call call) {
		// Managed home users have no username or email to sign in with (§6, §7a).
		List<Map<String, Object>> accounts = this.world.accounts.all()
			.stream()
			.filter((account) -> !account.username().isEmpty())
			.map((account) -> Map.<String, Object>of("username", account.username(), "email", account.email()))
			.toList();
		return Answer.json(200, accounts);
	}

	/**
	 * Approves the PIN whose code and client identifier match (§10b: clientID must equal
	 * it).
	 */
	private Answer approve(Call call) {
		String code = V1ShareRoutes.text(call.field("code"));
		String clientId = V1ShareRoutes.text(call.field("clientID"));
		Optional<SimAccount> account = this.world.accounts.byName(V1ShareRoutes.text(call.field("account")));
		if (account.isEmpty()) {
			return error(404, "There is no Plex account with that username or email.");
		}
		Optional<Pin> pin = (code != null) ? this.world.pins.findByCode(code) : Optional.empty();
		if (pin.isEmpty() || pin.get().expiredAt(this.world.now())) {
			return error(404, "This sign-in code is unknown or has expired. Start again from the app.");
		}
		if (!pin.get().clientIdentifier().equals(clientId)) {
			return error(400, "This sign-in link does not belong to the app that asked for it.");
		}
		if (pin.get().authToken() != null) {
			return error(409, "This sign-in code was already used.");
		}
		this.world.pins.approve(pin.get().id(), account.get().token(), this.world.now());
		return Answer.json(200, Map.of("approved", true, "username", account.get().username()));
	}

	private static Answer error(int status, String message) {
		return Answer.json(status, Map.of("error", message));
	}

	private static Answer asset(String name, String contentType) {
		try (InputStream in = AuthPage.class.getResourceAsStream("/plexsim/" + name)) {
			if (in == null) {
				throw new IllegalStateException("Missing classpath resource /plexsim/" + name);
			}
			return Answer.of(200, contentType, new String(in.readAllBytes(), StandardCharsets.UTF_8))
				.withHeader("Cache-Control", "no-store");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
