package app.plexinvite.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import app.plexinvite.plex.PlexException;
import app.plexinvite.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

class RecentPlexStatusTest {

	private static final PlexStatus PASSED = new PlexStatus(null, null, List.of(),
			List.of(PlexStep.passed("token", Duration.ZERO)));

	private static final PlexStatus FAILED = new PlexStatus(null, null, List.of(),
			List.of(PlexStep.failed("token", Duration.ZERO, mock(PlexException.class))));

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T12:00:00Z"));

	private final Checks checks = new Checks();

	private final Deferred background = new Deferred();

	private String credentials = "token A";

	private final RecentPlexStatus status = new RecentPlexStatus(this.checks, () -> {
		this.checks.fromScratch++;
		return this.checks.get();
	}, () -> this.credentials, this.clock, this.background);

	@Test
	void showsAPassedCheckAgainWithoutAskingPlex() {
		this.checks.answer(PASSED);

		assertThat(this.status.current()).isSameAs(PASSED);
		this.clock.advance(RecentPlexStatus.FRESH);
		assertThat(this.status.current()).isSameAs(PASSED);

		assertThat(this.checks.made).isEqualTo(1);
		assertThat(this.background.tasks).isEmpty();
	}

	@Test
	void checksAgainInTheBackgroundOnceStaleAndShowsTheLastMeanwhile() {
		this.checks.answer(PASSED);
		this.status.current();
		this.clock.advance(RecentPlexStatus.FRESH.plusSeconds(1));
		this.checks.answer(FAILED);

		assertThat(this.status.current()).isSameAs(PASSED);
		assertThat(this.status.current()).isSameAs(PASSED);
		assertThat(this.background.tasks).as("one check at a time").hasSize(1);
		assertThat(this.checks.made).isEqualTo(1);

		this.background.runAll();
		assertThat(this.checks.made).isEqualTo(2);
		this.checks.answer(PASSED);
		assertThat(this.status.current()).as("a failed check is never shown again").isSameAs(PASSED);
		assertThat(this.checks.made).isEqualTo(3);
	}

	@Test
	void checksAgainAtOnceWhenTheCredentialsChanged() {
		this.checks.answer(PASSED);
		this.status.current();
		this.credentials = "a token this SECRET_KEY cannot read";
		this.checks.answer(FAILED);

		assertThat(this.status.current()).isSameAs(FAILED);
		assertThat(this.checks.made).isEqualTo(2);
	}

	@Test
	void neverReusesAFailedCheck() {
		this.checks.answer(FAILED);

		assertThat(this.status.current()).isSameAs(FAILED);
		assertThat(this.status.current()).isSameAs(FAILED);

		assertThat(this.checks.made).isEqualTo(2);
	}

	@Test
	void testConnectionChecksFromScratchAndItsResultCounts() {
		this.checks.answer(PASSED);
		this.status.current();
		this.checks.answer(FAILED);

		assertThat(this.status.fromScratch()).isSameAs(FAILED);
		assertThat(this.checks.fromScratch).isEqualTo(1);
		this.checks.answer(PASSED);
		this.status.current();
		assertThat(this.checks.made).as("the dashboard checks again after the failed test").isEqualTo(3);
	}

	/** The check, answering what the test says and counting the checks made. */
	private static final class Checks implements Supplier<PlexStatus> {

		private PlexStatus next;

		int made;

		int fromScratch;

		void answer(PlexStatus status) {
			this.next = status;
		}

		@Override
		public PlexStatus get() {
			this.made++;
			return this.next;
		}

	}

	/** Runs background work only when the test says so. */
	private static final class Deferred extends AbstractExecutorService {

		final Deque<Runnable> tasks = new ArrayDeque<>();

		void runAll() {
			while (!this.tasks.isEmpty()) {
				this.tasks.poll().run();
			}
		}

		@Override
		public void execute(Runnable command) {
			this.tasks.add(command);
		}

		@Override
		public void shutdown() {
		}

		@Override
		public List<Runnable> shutdownNow() {
			return List.of();
		}

		@Override
		public boolean isShutdown() {
			return false;
		}

		@Override
		public boolean isTerminated() {
			return false;
		}

		@Override
		public boolean awaitTermination(long timeout, TimeUnit unit) {
			return true;
		}

	}

}
