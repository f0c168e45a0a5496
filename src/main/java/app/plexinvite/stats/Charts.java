package app.plexinvite.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Every chart of the page for a range, by the injected clock's UTC today. */
@Component
class Charts {

	private final RequestCharts requests;

	private final AcceptanceChart acceptance;

	private final PeopleCharts people;

	private final Clock clock;

	Charts(RequestCharts requests, AcceptanceChart acceptance, PeopleCharts people, ObjectProvider<Clock> clock) {
		this.requests = requests;
		this.acceptance = acceptance;
		this.people = people;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	LocalDate today() {
		return LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
	}

	List<ChartTable> all(StatsRange range) {
		return Arrays.stream(Chart.values()).map((chart) -> chart(chart, range)).toList();
	}

	ChartTable chart(Chart chart, StatsRange range) {
		return switch (chart) {
			case REQUESTS -> this.requests.requests(range);
			case OUTCOMES -> this.requests.outcomes(range);
			case ACCEPTANCE -> this.acceptance.chart(range);
			case LINKS -> this.people.links(range);
			case PEOPLE -> this.people.people(range);
			case EXPIRING -> this.people.expiring(today());
		};
	}

}
