package app.plexinvite.users;

import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import app.plexinvite.jobs.ClusterJobs;

/**
 * Ends access at its end date, every people.expiry-interval (the first round one interval
 * after start-up), once per cluster ({@link ClusterJobs#once}, ShedLock row
 * "people-expiry"); a shutdown ends the round between two plex.tv calls. Everything it
 * needs is in the person table, so a restart loses nothing: ended access is removed by
 * the next round, failed removals are retried when due, and the expiring-soon event goes
 * out once per end date.
 */
@Component
class ExpiryJob {

	private static final Logger log = LoggerFactory.getLogger(ExpiryJob.class);

	static final int BATCH = 50;

	/** The ShedLock row (table shedlock) that keeps two rounds from running at once. */
	static final String LOCK = "people-expiry";

	/** A round that died holding the lock frees it after this long. */
	private static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);

	private final ExpiryQueries queries;

	private final ExpiryRemoval removal;

	private final ExpiryWarnings warnings;

	private final PlexCallPause pause;

	private final PeopleProperties properties;

	private final Clock clock;

	private final ClusterJobs jobs;

	ExpiryJob(ExpiryQueries queries, ExpiryRemoval removal, ExpiryWarnings warnings, PlexCallPause pause,
			PeopleProperties properties, ObjectProvider<Clock> clock, ClusterJobs jobs) {
		this.warnings = warnings;
		this.jobs = jobs;
		this.queries = queries;
		this.removal = removal;
		this.pause = pause;
		this.properties = properties;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Off with people.jobs-enabled=false (tests call {@link #runOnce()}), checked before
	 * the lock is taken.
	 */
	@Scheduled(fixedDelayString = "${people.expiry-interval:1m}", initialDelayString = "${people.expiry-interval:1m}")
	void scheduledRound() {
		if (!this.properties.jobsEnabled()) {
			return;
		}
		this.jobs.once(LOCK, LOCK_AT_MOST, this::loggedRound);
	}

	private void loggedRound() {
		ExpiryRound round = runOnce();
		if (round.expired() + round.failed() + round.warned() + round.unchanged() > 0 || round.stoppedEarly()) {
			log.info("Expiry round: {}", round);
		}
	}

	/** One round: warnings first, then removals, in batches. */
	ExpiryRound runOnce() {
		int warned = this.warnings.warnAll();
		int expired = 0;
		int failed = 0;
		int unchanged = 0;
		boolean stoppedEarly = false;
		boolean calledPlex = false;
		Set<Long> seen = new HashSet<>();
		round: while (true) {
			List<Person> batch = unseen(this.queries.ended(this.clock.instant(), BATCH), seen);
			if (batch.isEmpty()) {
				break;
			}
			for (Person person : batch) {
				if (calledPlex && (this.jobs.stopping() || !this.pause.pause())) {
					stoppedEarly = true;
					break round;
				}
				calledPlex = true;
				ExpiryRemoval.Outcome outcome = this.removal.remove(person);
				if (outcome == ExpiryRemoval.Outcome.RATE_LIMITED) {
					// plex-protocol.md §11: plex.tv said slow down; the rest waits a
					// round.
					stoppedEarly = true;
					break round;
				}
				expired += (outcome == ExpiryRemoval.Outcome.EXPIRED) ? 1 : 0;
				failed += (outcome == ExpiryRemoval.Outcome.FAILED) ? 1 : 0;
				unchanged += (outcome == ExpiryRemoval.Outcome.NOTHING_TO_DO) ? 1 : 0;
			}
		}
		return new ExpiryRound(warned, expired, failed, unchanged, stoppedEarly);
	}

	/**
	 * A batch without the people this round had already (a lost save brings them back).
	 */
	static List<Person> unseen(List<Person> batch, Set<Long> seen) {
		return batch.stream().filter((person) -> seen.add(person.id())).toList();
	}

	/**
	 * What a round did.
	 *
	 * @param warned expiring-soon events published
	 * @param expired people whose access was removed
	 * @param failed removals that failed (tried again later)
	 * @param unchanged removals after which the record had changed so that nothing was
	 * left to mark (resent or extended meanwhile)
	 * @param stoppedEarly whether plex.tv's rate limit (or a shutdown) ended the round
	 * before everyone was done
	 */
	record ExpiryRound(int warned, int expired, int failed, int unchanged, boolean stoppedEarly) {

	}

}
