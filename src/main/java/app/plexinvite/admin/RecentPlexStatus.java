package app.plexinvite.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import app.plexinvite.plex.PlexClient;

/**
 * The dashboard's Plex status without waiting on plex.tv at every view. A check that
 * passed is shown again; once it is older than {@link #FRESH} the next view starts one
 * new check in the background and still shows the last one. A check that failed is never
 * reused: the next view checks again, so a problem (and its fix) shows at once. "Test
 * connection" always checks from scratch and its result counts as the latest.
 *
 * <p>
 * Why: every check is three or four plex.tv calls, and those share the client's few
 * plex.tv slots with the invite pipeline. During a burst of invites (docs/benchmarks.md,
 * scenario 2) each dashboard view queued behind the shares.
 */
@Component
class RecentPlexStatus implements DisposableBean {

	static final Duration FRESH = Duration.ofSeconds(30);

	private final Supplier<PlexStatus> check;

	private final Supplier<PlexStatus> checkFromScratch;

	private final Supplier<Object> credentials;

	private final Clock clock;

	private final AtomicReference<Checked> lastPassed = new AtomicReference<>();

	private final AtomicBoolean refreshing = new AtomicBoolean();

	private final ExecutorService background;

	@Autowired
	RecentPlexStatus(PlexStatusCheck check, PlexClient plex, ObjectProvider<Clock> clock) {
		this(check::check, check::checkFromScratch, plex::credentialStatus, clock.getIfAvailable(Clock::systemUTC),
				Executors.newVirtualThreadPerTaskExecutor());
	}

	RecentPlexStatus(Supplier<PlexStatus> check, Supplier<PlexStatus> checkFromScratch, Supplier<Object> credentials,
			Clock clock, ExecutorService background) {
		this.check = check;
		this.checkFromScratch = checkFromScratch;
		this.credentials = credentials;
		this.clock = clock;
		this.background = background;
	}

	/** For the dashboard: the last check that passed, or a check now. */
	PlexStatus current() {
		Checked last = this.lastPassed.get();
		if (last == null || !last.credentials().equals(this.credentials.get())) {
			return remember(this.check.get());
		}
		if (last.at().plus(FRESH).isBefore(this.clock.instant()) && this.refreshing.compareAndSet(false, true)) {
			this.background.execute(() -> {
				try {
					remember(this.check.get());
				}
				finally {
					this.refreshing.set(false);
				}
			});
		}
		return last.status();
	}

	/** "Test connection": every step again, from scratch. */
	PlexStatus fromScratch() {
		return remember(this.checkFromScratch.get());
	}

	private PlexStatus remember(PlexStatus status) {
		Object credentials = this.credentials.get();
		this.lastPassed.set((status.problem() == null) ? new Checked(status, credentials, this.clock.instant()) : null);
		return status;
	}

	@Override
	public void destroy() {
		this.background.shutdownNow();
	}

	private record Checked(PlexStatus status, Object credentials, Instant at) {
	}

}
