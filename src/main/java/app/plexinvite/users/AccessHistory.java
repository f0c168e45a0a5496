package app.plexinvite.users;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * When each person held a share, from their history: from the time they came, ended by a
 * removal, an expiry, a cancelled invite or being marked gone, begun again by a new
 * share, an acceptance, access given again or plex.tv listing them again. People recorded
 * before the history existed (their state is all we know) end at their last change when
 * they hold no share now.
 */
@Component
class AccessHistory {

	private final PeopleStatistics statistics;

	AccessHistory(PeopleStatistics statistics) {
		this.statistics = statistics;
	}

	List<AccessSpan> spans() {
		Map<Long, List<PeopleStatistics.Change>> changes = this.statistics.changes();
		List<AccessSpan> spans = new ArrayList<>();
		for (PeopleStatistics.Holder holder : this.statistics.holders()) {
			spans.addAll(spans(holder, changes.getOrDefault(holder.id(), List.of())));
		}
		return spans;
	}

	static List<AccessSpan> spans(PeopleStatistics.Holder holder, List<PeopleStatistics.Change> changes) {
		List<AccessSpan> spans = new ArrayList<>();
		Instant start = holder.joinedAt();
		for (PeopleStatistics.Change change : changes) {
			if (change.holds() && start == null) {
				start = change.at();
			}
			else if (!change.holds() && start != null) {
				spans.add(new AccessSpan(start, later(start, change.at())));
				start = null;
			}
		}
		if (start != null) {
			boolean holds = holder.state().holdsShare();
			spans.add(new AccessSpan(start, holds ? null : later(start, holder.updatedAt())));
		}
		return spans;
	}

	private static Instant later(Instant start, Instant end) {
		return end.isBefore(start) ? start : end;
	}

}
