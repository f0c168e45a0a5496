package app.plexinvite.jobs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The claims one worker of this instance holds right now (a request, an e-mail, a webhook
 * delivery being sent), so that shutdown can wait for them and then release the ones
 * still held. A worker calls {@link #begin} before it claims and {@link #end} once the
 * outcome is stored (or the claim was lost), in a finally block. Made by
 * {@link ClusterJobs#inFlight}.
 *
 * @param <T> what identifies a claim to the release (an id, or an id with its lease)
 */
public final class WorkInFlight<T> {

	private final String job;

	private final Consumer<List<T>> release;

	private final Set<T> held = new HashSet<>();

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition changed = this.lock.newCondition();

	private boolean closed;

	WorkInFlight(String job, Consumer<List<T>> release) {
		this.job = job;
		this.release = release;
	}

	/**
	 * Registers a claim about to be taken; false when this instance is stopping or
	 * already works on it: claim nothing then.
	 */
	public boolean begin(T claim) {
		this.lock.lock();
		try {
			return !this.closed && this.held.add(claim);
		}
		finally {
			this.lock.unlock();
		}
	}

	/** The claim is settled, lost, or was never won. */
	public void end(T claim) {
		this.lock.lock();
		try {
			this.held.remove(claim);
			this.changed.signalAll();
		}
		finally {
			this.lock.unlock();
		}
	}

	String job() {
		return this.job;
	}

	/**
	 * Claims may be taken again (a context stopped and started again, as the test
	 * framework does with the contexts it keeps).
	 */
	void open() {
		this.lock.lock();
		try {
			this.closed = false;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** No new claim from now on. */
	void close() {
		this.lock.lock();
		try {
			this.closed = true;
		}
		finally {
			this.lock.unlock();
		}
	}

	/**
	 * Waits until nothing is held or the deadline ({@link System#nanoTime()}) passed;
	 * whether nothing is held.
	 */
	boolean awaitDrained(long deadline) {
		this.lock.lock();
		try {
			long left = deadline - System.nanoTime();
			while (!this.held.isEmpty() && left > 0) {
				left = this.changed.awaitNanos(left);
			}
			return this.held.isEmpty();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return this.held.isEmpty();
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Hands what is still held to the release; how many claims that was. */
	int releaseRemaining() {
		List<T> left;
		this.lock.lock();
		try {
			left = new ArrayList<>(this.held);
		}
		finally {
			this.lock.unlock();
		}
		if (!left.isEmpty()) {
			this.release.accept(List.copyOf(left));
		}
		return left.size();
	}

}
