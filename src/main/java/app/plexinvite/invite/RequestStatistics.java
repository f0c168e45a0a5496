package app.plexinvite.invite;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Counts for the dashboard: totals by outcome and the last 30 UTC days. */
@Component
class RequestStatistics {

	static final int DAYS = 30;

	private final RequestCounts requests;

	private final Clock clock;

	RequestStatistics(RequestCounts requests, ObjectProvider<Clock> clock) {
		this.requests = requests;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	Statistics now() {
		Map<String, Long> counts = this.requests.countByStatus();
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		long sent = sum(counts, RequestStatus.SENT, RequestStatus.ALREADY_SHARED);
		long waiting = sum(counts, RequestStatus.QUEUED, RequestStatus.SENDING, RequestStatus.WAITING_RETRY,
				RequestStatus.AWAITING_APPROVAL);
		return new Statistics(total, sent, waiting, sum(counts, RequestStatus.FAILED), lastDays());
	}

	private List<Statistics.DayCount> lastDays() {
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		LocalDate first = today.minusDays(DAYS - 1);
		Map<Long, RequestCounts.DayTotals> byDay = this.requests
			.countPerDay(first.atStartOfDay(ZoneOffset.UTC).toInstant())
			.stream()
			.collect(Collectors.toMap(RequestCounts.DayTotals::epochDay, Function.identity()));
		List<Statistics.DayCount> days = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
			RequestCounts.DayTotals totals = byDay.get(day.toEpochDay());
			days.add(new Statistics.DayCount(day, (totals != null) ? totals.requests() : 0,
					(totals != null) ? totals.sent() : 0));
		}
		return days;
	}

	private static long sum(Map<String, Long> counts, RequestStatus... statuses) {
		long sum = 0;
		for (RequestStatus status : statuses) {
			sum += counts.getOrDefault(status.name(), 0L);
		}
		return sum;
	}

}
