package app.plexinvite.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.plexinvite.invite.Invitations;
import app.plexinvite.invite.RequestDay;
import app.plexinvite.invite.RequestStatus;
import app.plexinvite.links.InviteLinks;

/**
 * Requests and invites per day, and what became of the requests: counted in the database
 * by the invite and links features, so a million requests cost one indexed pass.
 */
@Component
class RequestCharts {

	private final Invitations invitations;

	private final InviteLinks links;

	RequestCharts(Invitations invitations, InviteLinks links) {
		this.invitations = invitations;
		this.links = links;
	}

	/**
	 * Per day: requests stored, and invites sent (requests Plex shared for that day, plus
	 * shares made at sign-in on an invite link, which never become requests).
	 */
	ChartTable requests(StatsRange range) {
		Map<Long, Long> signIns = this.links.sharedAtSignInPerDay(range.start(), range.end());
		List<ChartTable.Row> rows = new ArrayList<>();
		for (RequestDay day : this.invitations.requestsPerDay(range.from(), range.to())) {
			long invites = day.invited() + signIns.getOrDefault(day.day().toEpochDay(), 0L);
			rows.add(ChartTable.Row.day(day.day(), day.requests(), invites));
		}
		return new ChartTable(Chart.REQUESTS, "stats.col.day",
				List.of("stats.requests.requests", "stats.requests.invites"), rows, null);
	}

	/** Requests stored in the range, by their status now, in five outcomes. */
	ChartTable outcomes(StatsRange range) {
		Map<RequestStatus, Long> counts = this.invitations.outcomes(range.from(), range.to());
		List<ChartTable.Row> rows = List.of(
				ChartTable.Row.key("stats.outcomes.sent",
						sum(counts, RequestStatus.SENT, RequestStatus.ALREADY_SHARED)),
				ChartTable.Row.key("stats.outcomes.failed", sum(counts, RequestStatus.FAILED)),
				ChartTable.Row.key("stats.outcomes.denied", sum(counts, RequestStatus.DENIED)),
				ChartTable.Row.key("stats.outcomes.cancelled", sum(counts, RequestStatus.CANCELLED)),
				ChartTable.Row.key("stats.outcomes.waiting", sum(counts, RequestStatus.AWAITING_APPROVAL,
						RequestStatus.QUEUED, RequestStatus.SENDING, RequestStatus.WAITING_RETRY)));
		return new ChartTable(Chart.OUTCOMES, "stats.col.outcome", List.of("stats.outcomes.requests"), rows, null);
	}

	private static long sum(Map<RequestStatus, Long> counts, RequestStatus... statuses) {
		long sum = 0;
		for (RequestStatus status : statuses) {
			sum += counts.getOrDefault(status, 0L);
		}
		return sum;
	}

}
