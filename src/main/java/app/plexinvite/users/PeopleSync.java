package app.plexinvite.users;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditOutcome;

/**
 * Reads who has access from plex.tv and merges it into the people list safely: an
 * on-demand sync throttled by people.sync-min-gap, a scheduled one every
 * people.sync-interval ({@link PeopleSyncSchedule}), never two at once (a lock in this
 * JVM, and the schedule's ShedLock, which the on-demand sync takes as well, between
 * instances), and the owner's undo of "gone".
 */
@Component
class PeopleSync {

	private final SyncRun run;

	private final SyncRuns runs;

	private final PersonStore store;

	private final PeopleProperties properties;

	private final AuditLog audit;

	private final Clock clock;

	private final ReentrantLock running = new ReentrantLock();

	private final LockProvider locks;

	PeopleSync(SyncRun run, SyncRuns runs, PersonStore store, PeopleProperties properties, AuditLog audit,
			LockProvider locks, ObjectProvider<Clock> clock) {
		this.run = run;
		this.locks = locks;
		this.runs = runs;
		this.store = store;
		this.properties = properties;
		this.audit = audit;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	SyncStatus status() {
		return this.runs.status(nextScheduledAt());
	}

	/**
	 * Runs a sync now unless one runs (here, or in another instance: the schedule's
	 * ShedLock) or one started less than people.sync-min-gap ago (checked once the locks
	 * are held, so two clicks cannot both pass it).
	 */
	SyncResult syncNow() {
		if (!this.running.tryLock()) {
			return new SyncResult(false, status(), this.properties.syncMinGap());
		}
		try {
			Optional<SimpleLock> shared = this.locks.lock(new LockConfiguration(ClockProvider.now(),
					PeopleSyncSchedule.LOCK, PeopleSyncSchedule.LOCK_AT_MOST, Duration.ZERO));
			if (shared.isEmpty()) {
				return new SyncResult(false, status(), this.properties.syncMinGap());
			}
			try {
				return syncUnlessThrottled();
			}
			finally {
				shared.get().unlock();
			}
		}
		finally {
			this.running.unlock();
		}
	}

	private SyncResult syncUnlessThrottled() {
		Duration wait = waitBeforeSync(this.properties.syncMinGap());
		if (!wait.isZero()) {
			return new SyncResult(false, status(), wait);
		}
		SyncStatus after = this.run.run();
		this.audit.ownerDid(AuditAction.PEOPLE_SYNCED, "plex.tv", outcome(after));
		return new SyncResult(true, status(), null);
	}

	/**
	 * The schedule's turn: a sync when people.sync-interval passed since the last one
	 * started (on demand or scheduled); skipped when the interval is 0 or a sync runs.
	 */
	void syncIfDue() {
		Duration interval = this.properties.syncInterval();
		if (interval.isZero() || interval.isNegative() || !this.running.tryLock()) {
			return;
		}
		try {
			if (waitBeforeSync(interval).isZero()) {
				this.run.run();
			}
		}
		finally {
			this.running.unlock();
		}
	}

	/** Undoes "gone": back to the state before, counting missing syncs from zero. */
	ActionResult undoGone(long id) {
		Person person = this.store.find(id).orElse(null);
		if (person == null) {
			return ActionResult.refused("people.result.not-found");
		}
		if (person.state() != PersonState.GONE) {
			return ActionResult.refused("people.result.not-gone", person.displayName());
		}
		PersonState before = (person.stateBeforeGone() != null) ? person.stateBeforeGone() : PersonState.ACCEPTED;
		Instant now = this.clock.instant();
		if (!this.store.save(person.withState(before).withStateBeforeGone(null).withMissingSyncs(0), now)) {
			return ActionResult.refused("people.result.changed-meanwhile", person.displayName());
		}
		String target = person.displayName() + " (#" + id + ")";
		this.store.record(id, new PersonEvent(now, PersonEvent.Kind.GONE_UNDONE, OwnerName.actor(),
				"back to " + before.name().toLowerCase(Locale.ROOT)));
		this.audit.ownerDid(AuditAction.PERSON_GONE_UNDONE, target, AuditOutcome.ok(before.name()));
		return ActionResult.done("people.result.gone-undone", person.displayName());
	}

	/** How long until a sync may start, given the gap since the last start. */
	private Duration waitBeforeSync(Duration gap) {
		Instant now = this.clock.instant();
		return this.runs.lastAttemptAt()
			.map((last) -> Duration.between(now, last.plus(gap)))
			.filter((left) -> left.isPositive())
			.orElse(Duration.ZERO);
	}

	private Instant nextScheduledAt() {
		Duration interval = this.properties.syncInterval();
		if (!this.properties.jobsEnabled() || interval.isZero() || interval.isNegative()) {
			return null;
		}
		Instant now = this.clock.instant();
		return this.runs.lastAttemptAt().map((last) -> last.plus(interval)).filter(now::isBefore).orElse(now);
	}

	private static AuditOutcome outcome(SyncStatus status) {
		return switch (status.lastOutcome()) {
			case COMPLETE -> AuditOutcome.ok(status.listed() + " listed, " + status.imported() + " imported, "
					+ status.markedGone() + " marked gone");
			case INCOMPLETE -> AuditOutcome.failed("incomplete: " + status.lastProblem());
			case FAILED -> AuditOutcome.failed(status.lastProblem());
		};
	}

}
