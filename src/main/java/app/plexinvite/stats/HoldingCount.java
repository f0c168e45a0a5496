package app.plexinvite.stats;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;

import app.plexinvite.users.AccessSpan;

/**
 * How many access spans cover an instant, answered by two binary searches over the sorted
 * starts and ends instead of a pass over every span (a three-year chart asks 1,096
 * times). A span covers [start, end), and its end is never before its start, so the spans
 * covering {@code t} are those begun by {@code t} less those ended by {@code t}.
 */
final class HoldingCount {

	private final long[] starts;

	private final long[] ends;

	private HoldingCount(long[] starts, long[] ends) {
		this.starts = starts;
		this.ends = ends;
	}

	static HoldingCount of(Collection<AccessSpan> spans) {
		long[] starts = spans.stream().mapToLong((span) -> span.start().toEpochMilli()).sorted().toArray();
		long[] ends = spans.stream()
			.map(AccessSpan::end)
			.filter(Objects::nonNull)
			.mapToLong(Instant::toEpochMilli)
			.sorted()
			.toArray();
		return new HoldingCount(starts, ends);
	}

	/** The number of spans that cover this instant ({@link AccessSpan#covers}). */
	long at(Instant instant) {
		long t = instant.toEpochMilli();
		return atMost(this.starts, t) - atMost(this.ends, t);
	}

	/** How many of the sorted values are at most {@code t}. */
	private static int atMost(long[] sorted, long t) {
		int low = 0;
		int high = sorted.length;
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (sorted[middle] <= t) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

}
