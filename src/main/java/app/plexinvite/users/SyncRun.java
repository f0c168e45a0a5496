package app.plexinvite.users;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import app.plexinvite.audit.Actor;
import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditEvent;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexException;
import app.plexinvite.plex.ServerShares;
import app.plexinvite.users.SyncStatus.SyncOutcome;

/**
 * One sync: asks plex.tv who shares the server, judges whether the answer can be trusted
 * to list everybody, then writes the plan in one transaction. A failed call changes
 * nobody; an incomplete answer records new and changed shares but counts nobody missing.
 */
@Component
class SyncRun {

	private static final Logger log = LoggerFactory.getLogger(SyncRun.class);

	/** The sync's name in the audit log. */
	static final String JOB = "people-sync";

	/** Fewer unlisted holders than this are believed even when they are most of them. */
	static final int SUSPICIOUS_MISSING = 3;

	private final PlexClient plex;

	private final SyncRuns runs;

	private final SyncWriter writer;

	private final PersonStore store;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final PeopleNotices notices;

	private final Clock clock;

	SyncRun(PlexClient plex, SyncRuns runs, SyncWriter writer, PersonStore store, TransactionTemplate transaction,
			ApplicationEventPublisher events, PeopleNotices notices, ObjectProvider<Clock> clock) {
		this.plex = plex;
		this.notices = notices;
		this.runs = runs;
		this.writer = writer;
		this.store = store;
		this.transaction = transaction;
		this.events = events;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Runs it (the caller holds the lock and checked the throttle); the status after.
	 * Whatever fails, the outcome is recorded as FAILED and nobody changed.
	 */
	SyncStatus run() {
		Instant started = this.clock.instant();
		SyncOutcome previous = this.runs.status(null).lastOutcome();
		this.runs.started(started);
		SyncStatus after = attempt(started);
		troubled(previous, after);
		return after;
	}

	/**
	 * {@link SyncTrouble} when this sync failed or was incomplete and the one before was
	 * complete (or there was none): once per change, not once per run.
	 */
	private void troubled(SyncOutcome previous, SyncStatus after) {
		SyncOutcome outcome = after.lastOutcome();
		if (outcome != null && outcome != SyncOutcome.COMPLETE
				&& (previous == null || previous == SyncOutcome.COMPLETE)) {
			this.notices.publish(new SyncTrouble(outcome, after.lastProblem(), this.clock.instant()));
		}
	}

	private SyncStatus attempt(Instant started) {
		try {
			Instant asked = this.clock.instant();
			return merge(started, asked, this.plex.serverShares());
		}
		catch (PlexException ex) {
			return failed(started, ex.reason().description(), ex);
		}
		catch (DataAccessException ex) {
			// The write is one transaction, rolled back as a whole: nobody changed.
			return failed(started, "the answer could not be merged into the people list ("
					+ ex.getMostSpecificCause().getClass().getSimpleName() + ")", ex);
		}
		catch (RuntimeException ex) {
			return failed(started, "unexpected " + ex.getClass().getSimpleName(), ex);
		}
	}

	/** Merges plex.tv's answer (asked for at {@code asked}) into everyone we know. */
	private SyncStatus merge(Instant started, Instant asked, ServerShares shares) {
		List<Person> everyone = this.store.everyone();
		ShareMerge merge = new ShareMerge(started, asked);
		String problem = problem(shares, everyone);
		ShareMerge.Plan plan = merge.plan(everyone, shares.shares(), problem == null);
		if (problem == null) {
			problem = tooManyMissing(plan, everyone);
			if (problem != null) {
				plan = merge.plan(everyone, shares.shares(), false);
			}
		}
		ShareMerge.Plan planned = plan;
		SyncWriter.Written written = this.transaction.execute((status) -> this.writer.write(planned, started));
		SyncOutcome outcome = (problem == null) ? SyncOutcome.COMPLETE : SyncOutcome.INCOMPLETE;
		this.runs.finished(outcome, problem, shares.shares().size(), written.imported(), written.gone().size(),
				started);
		audit(written);
		written.joined().forEach((person) -> this.notices.joined(person, this.clock.instant()));
		if (problem != null) {
			log.warn("People sync incomplete ({}); nobody was counted missing", problem);
		}
		return this.runs.status(null);
	}

	/**
	 * Why the answer cannot be trusted to list everybody, or null: plex.tv said so, or it
	 * listed nobody while people hold a share here.
	 */
	static String problem(ServerShares shares, List<Person> everyone) {
		if (!shares.complete()) {
			return (shares.problem() != null) ? shares.problem() : "plex.tv's lists disagree";
		}
		long holders = holders(everyone);
		if (shares.shares().isEmpty() && holders > 0) {
			return "plex.tv listed nobody while " + holders + " people hold a share here";
		}
		return null;
	}

	/**
	 * A "complete" answer that leaves out more than half of the holders (and at least
	 * {@link #SUSPICIOUS_MISSING}) at once is more likely a short answer than a mass
	 * removal: it counts nobody missing.
	 */
	static String tooManyMissing(ShareMerge.Plan plan, List<Person> everyone) {
		long holders = holders(everyone);
		if (plan.unlisted() >= SUSPICIOUS_MISSING && plan.unlisted() * 2L > holders) {
			return "plex.tv listed far fewer people than before (" + plan.unlisted() + " of " + holders
					+ " people holding a share were not listed)";
		}
		return null;
	}

	private static long holders(List<Person> everyone) {
		return everyone.stream().filter((person) -> person.state().holdsShare()).count();
	}

	private SyncStatus failed(Instant started, String problem, Exception ex) {
		log.warn("People sync failed; nothing changed: {}", ex.getMessage());
		this.runs.finished(SyncOutcome.FAILED, problem, 0, 0, 0, started);
		return this.runs.status(null);
	}

	private void audit(SyncWriter.Written written) {
		Instant now = this.clock.instant();
		for (Person gone : written.gone()) {
			this.events.publishEvent(new AuditEvent(now, Actor.job(JOB), AuditAction.PERSON_MARKED_GONE,
					gone.displayName() + " (#" + gone.id() + ")", AuditOutcome.ok("not listed in two complete syncs")));
		}
		if (written.imported() > 0) {
			this.events.publishEvent(new AuditEvent(now, Actor.job(JOB), AuditAction.PEOPLE_IMPORTED,
					written.imported() + " people", AuditOutcome.ok(written.imported() + " imported")));
		}
	}

}
