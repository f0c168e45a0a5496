package app.plexinvite.jobs;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Runs the background jobs' rounds. {@link #once} runs a round once per cluster: it takes
 * the job's ShedLock row (table shedlock) and skips the round while another instance (or
 * thread) holds it. {@link #everywhere} runs a round on every instance, for jobs whose
 * work is claimed row by row. Each round is counted
 * ({@code plexinvite_job_runs_total{job,outcome=ran|failed|locked}}) and timed
 * ({@code plexinvite_job_duration_seconds{job}}); a failed round is logged and runs again
 * at its next turn.
 * <p>
 * On shutdown (a lifecycle phase that stops before the web server's graceful shutdown) no
 * round and no claim starts any more; running rounds and claimed work get up to
 * {@code spring.lifecycle.timeout-per-shutdown-phase} to finish, then what is still
 * claimed is handed to each worker's release, so another instance takes it over at once.
 */
public class ClusterJobs implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);

	static final String RUNS = "plexinvite.job.runs";

	static final String DURATION = "plexinvite.job.duration";

	private final LockProvider locks;

	private final MeterRegistry meters;

	private final Duration drainBound;

	private final WorkInFlight<Object> rounds = new WorkInFlight<>("rounds", (left) -> {
	});

	private final List<WorkInFlight<?>> claims = new CopyOnWriteArrayList<>();

	private volatile boolean started;

	private volatile boolean stopping;

	ClusterJobs(LockProvider locks, MeterRegistry meters, Duration drainBound) {
		this.locks = locks;
		this.meters = meters;
		this.drainBound = drainBound;
	}

	/**
	 * Runs a round of the job unless another instance or thread holds the job's lock,
	 * which this round holds for at most {@code lockAtMostFor} (a round that dies holding
	 * it frees it then). Whether the round ran (failed rounds included).
	 */
	public boolean once(String job, Duration lockAtMostFor, Runnable round) {
		Object token = new Object();
		if (!this.rounds.begin(token)) {
			return false;
		}
		try {
			// ShedLock's own clock: lock times are compared across instances.
			SimpleLock lock = this.locks
				.lock(new LockConfiguration(ClockProvider.now(), job, lockAtMostFor, Duration.ZERO))
				.orElse(null);
			if (lock == null) {
				count(job, "locked");
				return false;
			}
			try {
				timed(job, round);
			}
			finally {
				lock.unlock();
			}
			return true;
		}
		finally {
			this.rounds.end(token);
		}
	}

	/**
	 * Runs a round of a job that every instance runs side by side (its work is claimed
	 * row by row); false when this instance is stopping.
	 */
	public boolean everywhere(String job, Runnable round) {
		Object token = new Object();
		if (!this.rounds.begin(token)) {
			return false;
		}
		try {
			timed(job, round);
			return true;
		}
		finally {
			this.rounds.end(token);
		}
	}

	/**
	 * The claims a worker holds, for shutdown: what is still held after the drain is
	 * handed to {@code release}.
	 */
	public <T> WorkInFlight<T> inFlight(String job, Consumer<List<T>> release) {
		WorkInFlight<T> work = new WorkInFlight<>(job, release);
		this.claims.add(work);
		return work;
	}

	/** True once shutdown began: long rounds stop early. */
	public boolean stopping() {
		return this.stopping;
	}

	private void timed(String job, Runnable round) {
		Timer.Sample sample = Timer.start(this.meters);
		String outcome = "ran";
		try {
			round.run();
		}
		catch (RuntimeException ex) {
			outcome = "failed";
			log.error("The job {} failed; it runs again at its next turn", job, ex);
		}
		finally {
			sample.stop(Timer.builder(DURATION)
				.description("How long a job's round took")
				.tag("job", job)
				.register(this.meters));
			count(job, outcome);
		}
	}

	private void count(String job, String outcome) {
		Counter.builder(RUNS)
			.description("Rounds of a background job, by outcome")
			.tag("job", job)
			.tag("outcome", outcome)
			.register(this.meters)
			.increment();
	}

	@Override
	public void start() {
		this.rounds.open();
		this.claims.forEach(WorkInFlight::open);
		this.stopping = false;
		this.started = true;
	}

	/**
	 * Stops claiming, waits for running rounds and claimed work until the bound, then
	 * releases what is still claimed.
	 */
	@Override
	public void stop() {
		this.rounds.close();
		this.claims.forEach(WorkInFlight::close);
		this.stopping = true;
		this.started = false;
		long deadline = System.nanoTime() + this.drainBound.toNanos();
		boolean drained = this.rounds.awaitDrained(deadline);
		for (WorkInFlight<?> work : this.claims) {
			drained &= work.awaitDrained(deadline);
		}
		if (drained) {
			return;
		}
		for (WorkInFlight<?> work : this.claims) {
			int released = work.releaseRemaining();
			if (released > 0) {
				log.warn("Shutting down: {} claim(s) of the {} still running after {} were released", released,
						work.job(), this.drainBound);
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.started;
	}

	/** Before the web server's graceful shutdown: no new work while requests finish. */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE;
	}

}
