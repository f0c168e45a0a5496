package app.plexinvite.plexsim;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * The gate in front of plex.tv: answers the control path {@code /__plexsim/stats} (no
 * real client calls it, so it is neither recorded, counted nor faulted), throttles to
 * {@link SimFaults#maxConcurrent} requests in flight and counts the traffic. The
 * app.plex.tv {@code /auth} page is not plex.tv: neither throttled nor counted.
 */
final class PlexTvTraffic implements HttpEndpoint.Gate {

	static final String CONTROL = "/__plexsim/";

	static final String STATS = CONTROL + "stats";

	private final SimFaults faults;

	private final ShareTally shares;

	/** Requests the throttle let through and not yet answered. */
	private final AtomicInteger admitted = new AtomicInteger();

	/** Requests not yet answered, the refused ones included. */
	private final AtomicInteger present = new AtomicInteger();

	private final AtomicInteger inFlightMax = new AtomicInteger();

	private final LongAdder requests = new LongAdder();

	private final LongAdder throttled = new LongAdder();

	PlexTvTraffic(SimFaults faults, ShareTally shares) {
		this.faults = faults;
		this.shares = shares;
	}

	@Override
	public Answer control(RecordedRequest request) {
		if (!request.path().startsWith(CONTROL)) {
			return null;
		}
		if (request.path().equals(STATS) && (request.method().equals("GET") || request.method().equals("HEAD"))) {
			return Answer.json(200, stats().wire());
		}
		return Answer.json(404, Map.of("error", "The simulator's control paths: GET " + STATS));
	}

	@Override
	public Answer pass(RecordedRequest request, Supplier<Answer> work) {
		if (AuthPage.owns(request.path())) {
			return work.get();
		}
		this.requests.increment();
		this.inFlightMax.accumulateAndGet(this.present.incrementAndGet(), Math::max);
		try {
			if (!admit(this.faults.maxConcurrent())) {
				this.throttled.increment();
				// plex-protocol.md §11: 429 code 1003; no Retry-After was ever seen.
				return PlexErrors.rateLimited(Call.of(request).onRails());
			}
			try {
				return work.get();
			}
			finally {
				this.admitted.decrementAndGet();
			}
		}
		finally {
			this.present.decrementAndGet();
		}
	}

	SimStats stats() {
		return new SimStats(this.requests.sum(), this.throttled.sum(), this.inFlightMax.get(), this.shares.snapshot());
	}

	/** Takes a place when the limit allows one (0: no limit); exact under contention. */
	private boolean admit(int limit) {
		while (true) {
			int current = this.admitted.get();
			if (limit > 0 && current >= limit) {
				return false;
			}
			if (this.admitted.compareAndSet(current, current + 1)) {
				return true;
			}
		}
	}

}
