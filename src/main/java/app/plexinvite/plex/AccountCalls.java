package app.plexinvite.plex;

import java.net.URI;

import org.springframework.http.HttpMethod;

/** The account behind a token. */
final class AccountCalls {

	private final PlexHttp http;

	private final URI tv;

	AccountCalls(PlexHttp http, URI tv) {
		this.http = http;
		this.tv = tv;
	}

	/**
	 * {@code GET https://plex.tv/api/v2/user} – plex-protocol.md §1a (PPA, FORUM-AUTH).
	 */
	PlexAccount account(PlexToken token) {
		String body = this.http.send(PlexCall.get(PlexHttp.at(this.tv, "/api/v2/user"), token));
		UserWire user = PlexWire.read(body, UserWire.class, "/api/v2/user");
		// §1a: "confirmed" is always there (JSON true/false, XML "1"/"0"); if it were
		// missing we do not hold the invitee up.
		boolean confirmed = user.confirmed() == null || PlexWire.isTrue(user.confirmed());
		return new PlexAccount(user.id(), user.uuid(), blankToEmpty(user.username()), blankToEmpty(user.email()),
				blankToEmpty(user.title()), confirmed);
	}

	/**
	 * Whether the account has an active Plex Pass: {@code subscription.active} of
	 * {@code GET /api/v2/user} (§1a; the XML fixture has {@code <subscription
	 * active="1">}).
	 */
	boolean hasPlexPass(PlexToken token) {
		String body = this.http.send(PlexCall.get(PlexHttp.at(this.tv, "/api/v2/user"), token));
		UserWire user = PlexWire.read(body, UserWire.class, "/api/v2/user");
		return user.subscription() != null && PlexWire.isTrue(user.subscription().active());
	}

	/**
	 * {@code GET https://plex.tv/api/v2/ping} – §1a: {@code {"pong":true}} (OVR
	 * pingToken), also keeps the token alive (PPA ping). A 401 or 422 "Invalid token"
	 * becomes TOKEN_REJECTED.
	 */
	boolean ping(PlexToken token) {
		String body = this.http
			.send(new PlexCall(HttpMethod.GET, PlexHttp.at(this.tv, "/api/v2/ping"), token, true, null, true));
		return PlexWire.isTrue(PlexWire.read(body, PongWire.class, "/api/v2/ping").pong());
	}

	private static String blankToEmpty(String value) {
		return (value != null) ? value : "";
	}

	/** {@code /api/v2/user} JSON (§1a: SPEC-LH UserPlexAccount, AUTHENTIK fixture). */
	record UserWire(long id, String uuid, String username, String email, String title, String confirmed,
			SubscriptionWire subscription) {
	}

	/** {@code subscription} of {@code /api/v2/user} (§1a): {@code active} true/"1". */
	record SubscriptionWire(String active) {
	}

	/** {@code /api/v2/ping} JSON {@code {"pong":true}} (§1a, OVR pingToken). */
	record PongWire(String pong) {
	}

}
