package app.plexinvite.plexsim;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Faults the simulator injects, changeable while it runs. The simulator's own pages (the
 * app.plex.tv {@code /auth} page and {@code /sim/...}) are never faulted.
 */
public final class SimFaults {

	private Duration latency = Duration.ZERO;

	private double errorRate;

	private boolean outage;

	private int rateLimited;

	private volatile int maxConcurrent;

	private int emptyLibrarySections;

	private final ArmedFailures failures = new ArmedFailures();

	private final ShareListFaults shareLists = new ShareListFaults();

	private final HeldAnswers held = new HeldAnswers();

	private boolean strictClientHeaders;

	/**
	 * The X-Plex-* fields WIZ sends because clients.plex.tv "returns HTTP 400 unless
	 * *all* usual X-Plex-* fields are present" (plex-protocol.md §0.3, WIZ commit
	 * 3be12af). Which of them plex.tv really insists on is unverified; these are the ones
	 * every client in §0.4 sends.
	 */
	static final List<String> STRICT_FIELDS = List.of("X-Plex-Product", "X-Plex-Version", "X-Plex-Client-Identifier",
			"X-Plex-Platform", "X-Plex-Platform-Version", "X-Plex-Device", "X-Plex-Device-Name");

	SimFaults() {
	}

	/** Added before every answer. */
	public synchronized SimFaults latency(Duration perRequest) {
		this.latency = (perRequest != null) ? perRequest : Duration.ZERO;
		return this;
	}

	/** That share of requests (plex.tv and PMS) answers 503, at random. */
	public synchronized SimFaults errorRate(double fraction) {
		if (fraction < 0 || fraction > 1) {
			throw new IllegalArgumentException("errorRate must be within 0..1, was " + fraction);
		}
		this.errorRate = fraction;
		return this;
	}

	/** Every plex.tv request answers 503 while true. */
	public synchronized SimFaults outage(boolean down) {
		this.outage = down;
		return this;
	}

	/** The next N plex.tv requests answer 429 code 1003 (plex-protocol.md §11). */
	public synchronized SimFaults rateLimitNext(int count) {
		this.rateLimited = count;
		return this;
	}

	/**
	 * At most N plex.tv requests in flight (their latency and held answers count); more
	 * answer 429 code 1003 at once, without Retry-After (plex-protocol.md §11). 0: no
	 * limit.
	 */
	public SimFaults maxConcurrent(int requests) {
		if (requests < 0) {
			throw new IllegalArgumentException("maxConcurrent must be 0 (no limit) or more, was " + requests);
		}
		this.maxConcurrent = requests;
		return this;
	}

	/**
	 * The next request whose method and path match answers that status with Plex's body
	 * for it.
	 */
	public synchronized SimFaults failNext(String method, String pathRegex, int status) {
		this.failures.add(method, pathRegex, status);
		return this;
	}

	/**
	 * GET /api/v2/servers/{mid} answers an empty librarySections N times (WIZ plex.py
	 * L136-150).
	 */
	public synchronized SimFaults emptyLibrarySectionsNext(int count) {
		this.emptyLibrarySections = count;
		return this;
	}

	/**
	 * Strict mode (plex-protocol.md §0.3): {@code /api/v2/shared_servers...} answers 400
	 * unless all usual X-Plex-* fields come as headers or query parameters. Off by
	 * default; a mode, so {@link #reset()} leaves it as it is.
	 */
	public synchronized SimFaults strictClientHeaders(boolean strict) {
		this.strictClientHeaders = strict;
		return this;
	}

	synchronized Answer strictRefusal(Call call) {
		if (!this.strictClientHeaders || !call.path().startsWith("/api/v2/shared_servers")) {
			return null;
		}
		boolean complete = STRICT_FIELDS.stream().allMatch((name) -> call.plexValue(name) != null);
		// Body unverified: WIZ only reports the status; the v2 "malformed" envelope.
		return complete ? null : PlexErrors.malformed(call);
	}

	/**
	 * The next N {@code GET /api/users} answers list only the first half of the users
	 * (rounded down) while {@code totalSize} still counts all of them, as a cut-short
	 * answer would (plex-protocol.md §7a: {@code totalSize} and {@code size}).
	 */
	public synchronized SimFaults partialUserListNext(int count) {
		this.shareLists.partialUsersNext(count);
		return this;
	}

	/**
	 * The next N answers of each share list ({@code /api/users}, v2 owned accepted, v2
	 * owned pending) are empty (status 200, no entries), as after a plex.tv hiccup.
	 */
	public synchronized SimFaults emptyShareListsNext(int count) {
		this.shareLists.emptyNext(count);
		return this;
	}

	/**
	 * Answers held back until released (the request is applied, only its answer waits).
	 * Not changed by {@link #reset()}; {@link HeldAnswers#releaseAll()} ends it.
	 */
	public HeldAnswers held() {
		return this.held;
	}

	ShareListFaults shareLists() {
		return this.shareLists;
	}

	public synchronized SimFaults reset() {
		this.latency = Duration.ZERO;
		this.errorRate = 0;
		this.outage = false;
		this.rateLimited = 0;
		this.maxConcurrent = 0;
		this.emptyLibrarySections = 0;
		this.failures.clear();
		this.shareLists.reset();
		return this;
	}

	int maxConcurrent() {
		return this.maxConcurrent;
	}

	synchronized Duration currentLatency() {
		return this.latency;
	}

	synchronized boolean takeEmptyLibrarySections() {
		if (this.emptyLibrarySections <= 0) {
			return false;
		}
		this.emptyLibrarySections--;
		return true;
	}

	/** The fault answer for a plex.tv request, or null to answer normally. */
	synchronized Answer plexTv(Call call) {
		Integer failed = this.failures.take(call);
		if (failed != null) {
			return PlexErrors.plexTvStatus(call, failed);
		}
		if (this.outage || randomError()) {
			return PlexErrors.unavailable();
		}
		if (this.rateLimited > 0) {
			this.rateLimited--;
			return PlexErrors.rateLimited(call);
		}
		return null;
	}

	/** The fault answer for a PMS request, or null to answer normally. */
	synchronized Answer pms(Call call) {
		Integer failed = this.failures.take(call);
		if (failed != null) {
			return PlexErrors.pmsStatus(failed);
		}
		return randomError() ? PlexErrors.unavailable() : null;
	}

	private boolean randomError() {
		return this.errorRate > 0 && ThreadLocalRandom.current().nextDouble() < this.errorRate;
	}

}
