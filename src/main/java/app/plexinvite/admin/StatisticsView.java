package app.plexinvite.admin;

import java.util.List;

import app.plexinvite.invite.Statistics;

/**
 * The statistics with what the page needs to draw its bars: each day's share of the
 * busiest day, in percent. Public only for the template engine.
 */
public record StatisticsView(List<Card> cards, List<Day> days) {

	/** A number on the dashboard and the message key of its label. */
	public record Card(String key, long value) {
	}

	/**
	 * A day of the last thirty; {@code percent} is rounded to steps of 5 (the CSS has a
	 * class per step).
	 */
	public record Day(String date, long requests, long sent, int percent) {
	}

	static StatisticsView of(Statistics statistics) {
		long busiest = statistics.lastThirtyDays().stream().mapToLong(Statistics.DayCount::requests).max().orElse(0);
		List<Day> days = statistics.lastThirtyDays()
			.stream()
			.map((day) -> new Day(day.day().toString(), day.requests(), day.sent(),
					(busiest == 0) ? 0 : 5 * (int) Math.round(20.0 * day.requests() / busiest)))
			.toList();
		List<Card> cards = List.of(new Card("dashboard.stats.total", statistics.total()),
				new Card("dashboard.stats.sent", statistics.sent()),
				new Card("dashboard.stats.waiting", statistics.waiting()),
				new Card("dashboard.stats.failed", statistics.failed()));
		return new StatisticsView(cards, days);
	}

}
