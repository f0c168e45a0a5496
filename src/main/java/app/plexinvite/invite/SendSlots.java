package app.plexinvite.invite;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The pipeline's send slots: at most as many requests of this instance are sent at once
 * as plex.tv calls may run at once ({@code plex.max-concurrent-calls}), each on a virtual
 * thread. A request is only taken when a slot is free, so none sits SENDING under its
 * lease while it merely waits for a plex.tv permit: the rest of a burst stays QUEUED
 * until a slot frees. {@link #drain} keeps every slot busy while requests are due;
 * {@link #trySend} takes a free slot at once or leaves the request to the round.
 */
final class SendSlots implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(SendSlots.class);

	/** How long a round waits before it looks again for stopping and new requests. */
	private static final long LOOK_AGAIN_MILLIS = 250;

	private final int size;

	private final Semaphore free;

	private final Sender send;

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();

	/** Requests handed to a slot and not finished yet. */
	private final Set<Long> sending = ConcurrentHashMap.newKeySet();

	/** A hand-off found every slot busy: the round looks once more before it ends. */
	private final AtomicBoolean missed = new AtomicBoolean();

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition ended = this.lock.newCondition();

	private long ends;

	SendSlots(int size, Sender send) {
		this.size = Math.max(1, size);
		this.free = new Semaphore(this.size);
		this.send = send;
	}

	int size() {
		return this.size;
	}

	/**
	 * Sends the request on a free slot without waiting for anything; empty, at once, when
	 * every slot is busy (or it is being sent already): the running or next round takes
	 * it.
	 */
	Optional<Future<?>> trySend(long id) {
		if (!this.free.tryAcquire()) {
			this.missed.set(true);
			return Optional.empty();
		}
		Optional<Future<?>> started = start(id, null);
		if (started.isEmpty()) {
			this.free.release();
		}
		return started;
	}

	/**
	 * A round: as slots free up, asks {@code due} for at most that many more due requests
	 * than are in hand and starts the ones not taken yet, until none is due, nothing it
	 * started still runs, or {@code stopping}. A request left unchanged is not taken
	 * again in this round.
	 */
	void drain(IntFunction<List<Long>> due, BooleanSupplier stopping) {
		Set<Long> passed = ConcurrentHashMap.newKeySet();
		try {
			while (!stopping.getAsBoolean() && !this.executor.isShutdown()) {
				long seen = endsSoFar();
				int held = take(stopping);
				// What was in flight before the query may have ended since: its row as
				// read may be stale, so it waits for the next look.
				Set<Long> inFlight = Set.copyOf(this.sending);
				List<Long> next = (held == 0) ? List.of() : due.apply(held + this.size + passed.size())
					.stream()
					.filter((id) -> !passed.contains(id) && !inFlight.contains(id) && !this.sending.contains(id))
					.limit(held)
					.toList();
				int started = 0;
				for (long id : next) {
					started += start(id, passed).isPresent() ? 1 : 0;
				}
				this.free.release(held - started);
				if (next.isEmpty() && !this.missed.getAndSet(false)) {
					if (this.sending.isEmpty()) {
						return;
					}
					awaitAnEnd(seen);
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Waits for a free slot, then takes every free one; 0 when stopping. */
	private int take(BooleanSupplier stopping) throws InterruptedException {
		while (!this.free.tryAcquire(LOOK_AGAIN_MILLIS, TimeUnit.MILLISECONDS)) {
			if (stopping.getAsBoolean()) {
				return 0;
			}
		}
		return 1 + this.free.drainPermits();
	}

	private Optional<Future<?>> start(long id, Set<Long> passed) {
		if (!this.sending.add(id)) {
			return Optional.empty();
		}
		try {
			return Optional.of(this.executor.submit(() -> run(id, passed)));
		}
		catch (RejectedExecutionException ex) {
			this.sending.remove(id);
			return Optional.empty();
		}
	}

	private void run(long id, Set<Long> passed) {
		boolean changed = false;
		AtomicBoolean slotFreed = new AtomicBoolean();
		Runnable freeSlot = () -> {
			if (slotFreed.compareAndSet(false, true)) {
				this.free.release();
			}
		};
		try {
			changed = this.send.send(id, freeSlot);
		}
		catch (RuntimeException ex) {
			log.warn("Sending request {} failed; it is tried again in a later round: {}", id, ex.toString());
		}
		finally {
			if (!changed && passed != null) {
				passed.add(id);
			}
			this.sending.remove(id);
			freeSlot.run();
			this.lock.lock();
			try {
				this.ends++;
				this.ended.signalAll();
			}
			finally {
				this.lock.unlock();
			}
		}
	}

	private long endsSoFar() {
		this.lock.lock();
		try {
			return this.ends;
		}
		finally {
			this.lock.unlock();
		}
	}

	/** Until a send ended after {@code seen} ends, or a while. */
	private void awaitAnEnd(long seen) throws InterruptedException {
		this.lock.lock();
		try {
			if (this.ends == seen) {
				this.ended.await(LOOK_AGAIN_MILLIS, TimeUnit.MILLISECONDS);
			}
		}
		finally {
			this.lock.unlock();
		}
	}

	/** What a slot runs for one request. */
	@FunctionalInterface
	interface Sender {

		/**
		 * Processes the request; may call {@code freeSlot} once it no longer needs
		 * plex.tv (its outcome written), else the slot is free when it returns. Whether
		 * it changed the request (claimed and sent it, or parked it): one it did not
		 * change is not taken again in the same round.
		 */
		boolean send(long id, Runnable freeSlot);

	}

	@Override
	public void close() {
		this.executor.shutdownNow();
	}

}
