package app.plexinvite.invite;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Counts for the dashboard (totals by outcome and the last 30 UTC days) and the
 * statistics page (per day, outcomes and request times over a range of UTC days).
 */
@Component
class RequestStatistics {

	static final int DAYS = 30;

	private static final int CHUNK = 500;

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
		Map<Long, RequestCounts.DayTotals> byDay = this.requests.countPerDay(first.toEpochDay())
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

	/** One entry per UTC day from {@code first} to {@code last}, both included. */
	List<RequestDay> perDay(LocalDate first, LocalDate last) {
		long from = first.toEpochDay();
		long to = last.plusDays(1).toEpochDay();
		Map<Long, Long> stored = this.requests.storedPerDay(from, to);
		Map<Long, Long> granted = this.requests.grantedPerDay(from, to);
		List<RequestDay> days = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			days.add(new RequestDay(day, stored.getOrDefault(day.toEpochDay(), 0L),
					granted.getOrDefault(day.toEpochDay(), 0L)));
		}
		return days;
	}

	/**
	 * Requests stored on these UTC days, by status now (every status, zeros included).
	 */
	Map<RequestStatus, Long> outcomes(LocalDate first, LocalDate last) {
		Map<String, Long> counts = this.requests.countByStatus(first.toEpochDay(), last.plusDays(1).toEpochDay());
		Map<RequestStatus, Long> outcomes = new EnumMap<>(RequestStatus.class);
		for (RequestStatus status : RequestStatus.values()) {
			outcomes.put(status, counts.getOrDefault(status.name(), 0L));
		}
		return outcomes;
	}

	/** When these requests were stored, by id; unknown ids are left out. */
	Map<Long, Instant> storedAt(Collection<Long> ids) {
		List<Long> all = List.copyOf(new LinkedHashSet<>(ids));
		Map<Long, Instant> stored = new HashMap<>();
		for (int i = 0; i < all.size(); i += CHUNK) {
			stored.putAll(this.requests.storedAt(all.subList(i, Math.min(all.size(), i + CHUNK))));
		}
		return stored;
	}

	private static long sum(Map<String, Long> counts, RequestStatus... statuses) {
		long sum = 0;
		for (RequestStatus status : statuses) {
			sum += counts.getOrDefault(status.name(), 0L);
		}
		return sum;
	}

}
