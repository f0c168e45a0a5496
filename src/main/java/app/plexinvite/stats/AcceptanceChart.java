package app.plexinvite.stats;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import app.plexinvite.invite.Invitations;
import app.plexinvite.users.Acceptance;
import app.plexinvite.users.People;
import app.plexinvite.users.PersonOrigin;

/**
 * How long people took to accept, for those who first accepted in the range: from their
 * request when they came through one (so the wait for approval counts), else from when
 * they were shared with (an invite link's sign-in, a batch). Imported people never asked
 * and are left out. A sync notices an acceptance by e-mail up to one sync interval late.
 */
@Component
class AcceptanceChart {

	/** Upper bounds of the buckets; the last bucket has none. */
	static final List<Duration> BOUNDS = List.of(Duration.ofHours(1), Duration.ofHours(6), Duration.ofHours(24),
			Duration.ofDays(3));

	static final List<String> BUCKETS = List.of("stats.acceptance.underHour", "stats.acceptance.hours1to6",
			"stats.acceptance.hours6to24", "stats.acceptance.days1to3", "stats.acceptance.overDays3");

	private final People people;

	private final Invitations invitations;

	AcceptanceChart(People people, Invitations invitations) {
		this.people = people;
		this.invitations = invitations;
	}

	ChartTable chart(StatsRange range) {
		List<Acceptance> acceptances = this.people.acceptances(range.start(), range.end())
			.stream()
			.filter((acceptance) -> acceptance.origin() != PersonOrigin.IMPORTED)
			.toList();
		Map<Long, Instant> requested = this.invitations.submittedAt(acceptances.stream()
			.filter((acceptance) -> acceptance.origin() == PersonOrigin.REQUEST && acceptance.originRef() != null)
			.map(Acceptance::originRef)
			.toList());
		List<Duration> waits = new ArrayList<>();
		for (Acceptance acceptance : acceptances) {
			Instant start = (acceptance.origin() == PersonOrigin.REQUEST)
					? requested.getOrDefault(acceptance.originRef(), acceptance.joinedAt()) : acceptance.joinedAt();
			Duration wait = Duration.between(start, acceptance.acceptedAt());
			waits.add(wait.isNegative() ? Duration.ZERO : wait);
		}
		return table(waits);
	}

	static ChartTable table(List<Duration> waits) {
		long[] counts = new long[BUCKETS.size()];
		for (Duration wait : waits) {
			counts[bucket(wait)]++;
		}
		List<ChartTable.Row> rows = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			rows.add(ChartTable.Row.key(BUCKETS.get(i), counts[i]));
		}
		ChartTable.Note note = waits.isEmpty() ? null
				: new ChartTable.Note("stats.acceptance.median", List.of(median(waits).toMinutes() / 60.0));
		return new ChartTable(Chart.ACCEPTANCE, "stats.col.wait", List.of("stats.acceptance.people"), rows, note);
	}

	/** The bucket of a wait: below the first bound, between two, or above the last. */
	static int bucket(Duration wait) {
		for (int i = 0; i < BOUNDS.size(); i++) {
			if (wait.compareTo(BOUNDS.get(i)) < 0) {
				return i;
			}
		}
		return BOUNDS.size();
	}

	/** The middle wait (the mean of the two middle ones for an even count). */
	static Duration median(List<Duration> waits) {
		List<Duration> sorted = waits.stream().sorted().toList();
		int middle = sorted.size() / 2;
		if (sorted.size() % 2 == 1) {
			return sorted.get(middle);
		}
		return sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
	}

}
