package app.plexinvite.plex;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * Health "plex": UP when plex.tv accepts the token and the server answers, DOWN with the
 * reason otherwise, UNKNOWN while no token is configured (so an unconfigured app is not
 * reported as broken). Remembered for {@link #FRESH} so probes do not hammer plex.tv.
 */
class PlexHealthIndicator implements HealthIndicator {

	static final Duration FRESH = Duration.ofSeconds(30);

	private final PlexClient client;

	private final Clock clock;

	private Health last;

	private Instant checkedAt;

	PlexHealthIndicator(PlexClient client, Clock clock) {
		this.client = client;
		this.clock = clock;
	}

	@Override
	public synchronized Health health() {
		Instant now = this.clock.instant();
		if (this.last == null || !now.isBefore(this.checkedAt.plus(FRESH))) {
			this.last = check();
			this.checkedAt = now;
		}
		return this.last;
	}

	private Health check() {
		try {
			this.client.ownerAccount();
			PlexServerConnection server = this.client.server();
			List<PlexLibrary> libraries = this.client.libraries();
			return Health.up()
				.withDetail("server", server.name())
				.withDetail("machineIdentifier", server.machineIdentifier())
				.withDetail("uri", withoutUserInfo(server.uri()))
				.withDetail("libraries", libraries.size())
				.build();
		}
		catch (PlexException ex) {
			Status status = (ex.reason() == PlexException.Reason.NOT_CONFIGURED) ? Status.UNKNOWN : Status.DOWN;
			return Health.status(status)
				.withDetail("reason", ex.reason().name())
				.withDetail("messageKey", ex.messageKey())
				.withDetail("message", ex.getMessage())
				.build();
		}
	}

	private static String withoutUserInfo(URI uri) {
		return uri.getScheme() + "://" + uri.getHost() + ((uri.getPort() > 0) ? ":" + uri.getPort() : "")
				+ ((uri.getRawPath() != null) ? uri.getRawPath() : "");
	}

}
