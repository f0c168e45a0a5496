package app.plexinvite.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import app.plexinvite.links.InviteLinks;
import app.plexinvite.links.LinkConversion;
import app.plexinvite.users.People;

/** Conversion per invite link, people with access over time, access ending soon. */
@Component
class PeopleCharts {

	/** How far ahead the ending-access chart looks, today included. */
	static final int AHEAD_DAYS = 30;

	private final InviteLinks links;

	private final People people;

	PeopleCharts(InviteLinks links, People people) {
		this.links = links;
		this.people = people;
	}

	/**
	 * Per link with redemptions made in the range: redemptions, of those shared, of those
	 * accepted (at sign-in, or later by the person its request made).
	 */
	ChartTable links(StatsRange range) {
		List<LinkConversion> conversions = this.links.conversion(range.start(), range.end());
		Set<Long> acceptedRequests = this.people.acceptedRequests(
				conversions.stream().flatMap((conversion) -> conversion.sharedRequestIds().stream()).toList());
		List<ChartTable.Row> rows = new ArrayList<>();
		for (LinkConversion conversion : conversions) {
			long later = conversion.sharedRequestIds().stream().filter(acceptedRequests::contains).count();
			List<Long> values = List.of(conversion.redemptions(), conversion.shared(), conversion.accepted() + later);
			rows.add(
					conversion.deleted()
							? new ChartTable.Row("stats.links.deleted", ChartTable.Kind.KEY,
									List.of(conversion.label()), values)
							: new ChartTable.Row(conversion.label(), ChartTable.Kind.TEXT, List.of(), values));
		}
		return new ChartTable(Chart.LINKS, "stats.col.link",
				List.of("stats.links.redemptions", "stats.links.shared", "stats.links.accepted"), rows, null);
	}

	/** People holding a share (invited or accepted) at the end of each day. */
	ChartTable people(StatsRange range) {
		HoldingCount holding = HoldingCount.of(this.people.accessSpans());
		List<ChartTable.Row> rows = new ArrayList<>();
		for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
			Instant end = day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1);
			rows.add(ChartTable.Row.day(day, holding.at(end)));
		}
		return new ChartTable(Chart.PEOPLE, "stats.col.day", List.of("stats.people.holding"), rows, null);
	}

	/**
	 * People holding a share whose access ends on each of the next {@value #AHEAD_DAYS}
	 * days, today included (whatever range the page shows).
	 */
	ChartTable expiring(LocalDate today) {
		StatsRange ahead = new StatsRange(today, today.plusDays(AHEAD_DAYS - 1));
		Map<Long, Long> ending = this.people.accessEndingPerDay(ahead.start(), ahead.end());
		List<ChartTable.Row> rows = new ArrayList<>();
		for (LocalDate day = ahead.from(); !day.isAfter(ahead.to()); day = day.plusDays(1)) {
			rows.add(ChartTable.Row.day(day, ending.getOrDefault(day.toEpochDay(), 0L)));
		}
		return new ChartTable(Chart.EXPIRING, "stats.col.day", List.of("stats.expiring.people"), rows, null);
	}

}
