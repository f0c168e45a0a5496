package app.plexinvite.invite;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.plexinvite.support.Eventually;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The send slots with a pretend pipeline: a set of due request ids, and sends that wait
 * at a gate the test opens (as a held plex.tv answer would), then leave the set.
 */
class SendSlotsTest {

	private static final Duration DEADLINE = Duration.ofSeconds(20);

	private final Set<Long> due = new ConcurrentSkipListSet<>();

	private final Semaphore gate = new Semaphore(0);

	private final AtomicInteger running = new AtomicInteger();

	private final AtomicInteger most = new AtomicInteger();

	private final List<Long> sent = new CopyOnWriteArrayList<>();

	private SendSlots slots;

	@AfterEach
	void openTheGateAndClose() {
		this.gate.release(10_000);
		this.slots.close();
	}

	private boolean send(long id, Runnable freeSlot) {
		this.most.accumulateAndGet(this.running.incrementAndGet(), Math::max);
		try {
			this.gate.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		finally {
			this.running.decrementAndGet();
		}
		this.due.remove(id);
		this.sent.add(id);
		return true;
	}

	private List<Long> dueNow(int limit) {
		return this.due.stream().limit(limit).toList();
	}

	private void due(long from, long to) {
		LongStream.rangeClosed(from, to).forEach(this.due::add);
	}

	private FutureTask<Void> round(BooleanSupplier stopping) {
		FutureTask<Void> round = new FutureTask<>(() -> this.slots.drain(this::dueNow, stopping), null);
		Thread.ofVirtual().start(round);
		return round;
	}

	@Test
	void keepsEverySlotBusyTakesNoMoreThanItHasSlotsAndGoesOnWhileRequestsAreDue() throws Exception {
		this.slots = new SendSlots(3, this::send);
		due(1, 10);

		FutureTask<Void> round = round(() -> false);
		Eventually.until("three sends running", DEADLINE, () -> this.running.get() == 3);
		due(11, 14);
		this.gate.release(10_000);
		round.get(20, TimeUnit.SECONDS);

		assertThat(this.sent).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 14).boxed().toList());
		assertThat(this.most).hasValue(3);
		assertThat(this.due).isEmpty();
	}

	@Test
	void aHandOffTakesAFreeSlotAtOnceAndLeavesTheRequestForTheRoundWhenNoneIsFree() throws Exception {
		this.slots = new SendSlots(1, this::send);
		due(1, 2);

		var first = this.slots.trySend(1);
		Eventually.until("the first send running", DEADLINE, () -> this.running.get() == 1);
		var second = this.slots.trySend(2);

		assertThat(first).isPresent();
		assertThat(second).as("every slot busy: not sent, not waited for").isEmpty();
		this.gate.release(10_000);
		first.get().get(20, TimeUnit.SECONDS);
		assertThat(this.sent).containsExactly(1L);
		assertThat(this.due).containsExactly(2L);
		round(() -> false).get(20, TimeUnit.SECONDS);
		assertThat(this.sent).containsExactly(1L, 2L);
	}

	@Test
	void aSendThatFreesItsSlotOnceItsOutcomeIsWrittenLetsTheNextStartWhileItFinishes() throws Exception {
		CountDownLatch followUpsMayEnd = new CountDownLatch(1);
		this.slots = new SendSlots(1, (id, freeSlot) -> {
			this.due.remove(id);
			freeSlot.run();
			try {
				if (id == 1) {
					followUpsMayEnd.await();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			this.sent.add(id);
			return true;
		});
		due(1, 2);

		FutureTask<Void> round = round(() -> false);
		Eventually.until("the second sent while the first finishes", DEADLINE, () -> this.sent.contains(2L));

		assertThat(round).as("the round waits for every send it started").isNotDone();
		followUpsMayEnd.countDown();
		round.get(20, TimeUnit.SECONDS);
		assertThat(this.sent).containsExactly(2L, 1L);
	}

	@Test
	void takesARequestItCouldNotChangeOnlyOncePerRound() throws Exception {
		AtomicInteger tries = new AtomicInteger();
		this.slots = new SendSlots(2, (id, freeSlot) -> {
			tries.incrementAndGet();
			if (id == 7) {
				throw new IllegalStateException("the database said no");
			}
			return false;
		});
		due(7, 8);

		round(() -> false).get(20, TimeUnit.SECONDS);

		assertThat(tries).hasValue(2);
		assertThat(this.due).containsExactly(7L, 8L);
	}

	@Test
	void endsTheRoundOnShutdownWithoutWaitingForTheSendsInFlight() throws Exception {
		this.slots = new SendSlots(1, this::send);
		due(1, 3);
		AtomicBoolean stopping = new AtomicBoolean();

		FutureTask<Void> round = round(stopping::get);
		Eventually.until("a send running", DEADLINE, () -> this.running.get() == 1);
		stopping.set(true);
		round.get(20, TimeUnit.SECONDS);

		assertThat(this.running).as("still held").hasValue(1);
		assertThat(this.sent).isEmpty();
		this.gate.release(10_000);
		Eventually.until("the held send ended", DEADLINE, () -> this.sent.size() == 1);
		assertThat(this.due).hasSize(2);
	}

}
