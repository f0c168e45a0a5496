package app.plexinvite.api;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import app.plexinvite.invite.Invitations;
import app.plexinvite.invite.Statistics;
import app.plexinvite.links.InviteLinks;
import app.plexinvite.links.LinkState;
import app.plexinvite.users.People;
import app.plexinvite.users.PeopleCounts;
import app.plexinvite.users.SyncStatus;

/**
 * The dashboard's numbers and the server's health, for monitoring. The Plex check is the
 * health endpoint's own (remembered for 30 seconds, so polling does not hammer plex.tv).
 */
@RestController
@Tag(name = "Server", description = "Statistics and health")
class ServerApi {

	private final Invitations invitations;

	private final People people;

	private final InviteLinks links;

	private final HealthIndicator plex;

	ServerApi(Invitations invitations, People people, InviteLinks links,
			@Qualifier("plexHealthIndicator") HealthIndicator plex) {
		this.invitations = invitations;
		this.people = people;
		this.links = links;
		this.plex = plex;
	}

	@GetMapping(path = "/api/v1/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Requests, people and links in numbers")
	ServerJson.Statistics statistics() {
		Statistics requests = this.invitations.statistics();
		PeopleCounts people = this.people.counts();
		Map<LinkState, Long> links = new EnumMap<>(LinkState.class);
		for (LinkState state : LinkState.values()) {
			links.put(state, 0L);
		}
		this.links.list().forEach((link) -> links.merge(link.state(), 1L, Long::sum));
		return new ServerJson.Statistics(
				new ServerJson.Requests(requests.total(), requests.sent(), requests.waiting(), requests.failed(),
						requests.lastThirtyDays()
							.stream()
							.map((day) -> new ServerJson.Day(day.day(), day.requests(), day.sent()))
							.toList()),
				new ServerJson.PeopleCounts(people.byState(), people.withAccess(), people.expiringSoon(),
						people.expiryFailures()),
				links);
	}

	@GetMapping(path = "/api/v1/health", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Plex connection, last sync and version; no secrets")
	ServerJson.Health health() {
		Health health = Objects.requireNonNull(this.plex.health());
		Map<String, Object> details = health.getDetails();
		String status = health.getStatus().getCode();
		SyncStatus sync = this.people.syncStatus();
		return new ServerJson.Health(status, version(), new ServerJson.Plex(status, text(details.get("server")),
				(details.get("libraries") instanceof Integer count) ? count : null, text(details.get("reason"))),
				new ServerJson.Sync(sync.lastAttemptAt(), sync.lastSuccessAt(), sync.lastOutcome(),
						sync.lastProblem()));
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : null;
	}

	private static String version() {
		String version = ServerApi.class.getPackage().getImplementationVersion();
		return (version != null) ? version : "development";
	}

}
