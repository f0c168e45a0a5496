package app.plexinvite.invite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.plexinvite.audit.Actor;
import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditEvent;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.jobs.ClusterJobs;
import app.plexinvite.jobs.WorkInFlight;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ProfileSaved;

/**
 * The durable invite pipeline. Due requests are sent side by side in {@link SendSlots},
 * as many at once as plex.tv calls may run, and taken only when a slot is free. A request
 * is claimed by one conditional UPDATE (so one worker sends it, however many run), sent
 * by {@link ShareAttempt}, and its outcome written only if it is still SENDING. A request
 * left SENDING by a crash or kill -9 becomes an ambiguous WAITING_RETRY, looked up on
 * plex.tv before it is sent again, once its lease ran out (at start-up too: another live
 * instance may be sending it). On shutdown a request still being sent after the drain
 * becomes that ambiguous WAITING_RETRY at once.
 */
@Component
class InvitePipeline implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(InvitePipeline.class);

	static final Duration WAIT_FOR_LIBRARIES = Duration.ofMinutes(1);

	static final String WAITING_FOR_LIBRARIES = "Waiting for the owner to choose libraries";

	/** The pipeline's name in the audit log. */
	static final String JOB = "invite pipeline";

	static final String INTERRUPTED = "The worker stopped while sending; plex.tv is checked before sending again";

	private final InviteRequests requests;

	private final ApplicationEventPublisher events;

	private final AccessProfiles profiles;

	private final ShareAttempt attempt;

	private final Duration lease;

	private final Notices notices;

	private final Clock clock;

	private final InviteMeters meters;

	private final SendSlots slots;

	private final ClusterJobs jobs;

	private final WorkInFlight<InterruptedSends.Claim> inFlight;

	private final InterruptedSends interrupted;

	InvitePipeline(InviteRequests requests, AccessProfiles profiles, ShareAttempt attempt, InviteProperties properties,
			ApplicationEventPublisher events, Notices notices, InviteMeters meters, ObjectProvider<Clock> clock,
			ClusterJobs jobs, PlexClient plex) {
		this.requests = requests;
		this.meters = meters;
		this.notices = notices;
		this.events = events;
		this.profiles = profiles;
		this.attempt = attempt;
		this.lease = properties.lease();
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.interrupted = new InterruptedSends(requests, this.clock);
		this.inFlight = jobs.inFlight(PipelineSchedule.JOB, this.interrupted::release);
		this.jobs = jobs;
		this.slots = new SendSlots(plex.maxConcurrentCalls(), this::process);
	}

	/**
	 * At start-up only rows whose lease ran out are recovered: a SENDING row within its
	 * lease may be another live instance's.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void recoverAtStartup() {
		this.interrupted.recover(this.clock.instant());
	}

	/**
	 * One round: recover expired leases, then send due requests side by side until none
	 * is due and every send ended (requests arriving meanwhile are taken too).
	 */
	void poll() {
		this.interrupted.recover(this.clock.instant());
		this.slots.drain((limit) -> {
			this.interrupted.recoverNow();
			return this.requests.findDue(this.clock.instant(), limit);
		}, this.jobs::stopping);
	}

	/** Sends on a free slot at once; empty when all are busy (it stays QUEUED). */
	Optional<Future<?>> sendSoon(long id) {
		return this.slots.trySend(id);
	}

	/**
	 * Sends the request if it is due and this worker wins the claim; whether it was
	 * claimed (or parked until libraries are chosen). The slot is freed once the outcome
	 * is written, before the follow-ups (people list, audit, notices).
	 */
	boolean process(long id, Runnable freeSlot) {
		InviteRequest due = this.requests.find(id).orElse(null);
		Instant now = this.clock.instant();
		if (due == null || !due.isDue(now)) {
			return false;
		}
		AccessProfile profile = profileOf(due);
		if (!profile.configured()) {
			return this.requests
				.update(due.awaitConfiguration(WAITING_FOR_LIBRARIES, now.plus(WAIT_FOR_LIBRARIES), now), due.status());
		}
		InviteRequest sending = due.markSending(now, now.plus(this.lease));
		InterruptedSends.Claim claim = new InterruptedSends.Claim(id, sending.nextAttemptAt());
		if (!this.inFlight.begin(claim)) {
			return false;
		}
		try {
			boolean claimed = this.requests.claim(sending, due.status(), now);
			if (claimed) {
				sendClaimed(sending, profile, freeSlot);
			}
			return claimed;
		}
		finally {
			this.inFlight.end(claim);
		}
	}

	private void sendClaimed(InviteRequest sending, AccessProfile profile, Runnable freeSlot) {
		long id = sending.id();
		InviteRequest outcome = this.attempt.send(sending, profile);
		boolean recorded = this.requests.updateClaimed(outcome, sending.nextAttemptAt());
		freeSlot.run();
		if (!recorded) {
			log.warn("Request {} changed while it was being sent; its outcome {} was not recorded", id,
					outcome.status());
			return;
		}
		this.meters.recorded(outcome);
		Optional.ofNullable(LinkedRequestSettled.of(outcome)).ifPresent(this.events::publishEvent);
		Optional.ofNullable(granted(outcome, profile)).ifPresent(this.events::publishEvent);
		this.events.publishEvent(new AuditEvent(this.clock.instant(), Actor.job(JOB), AuditAction.INVITE_SHARED,
				"request #" + id + " (" + outcome.identifier() + ")", audited(outcome)));
		Optional.ofNullable(Notices.failed(outcome)).ifPresent(this.notices::publish);
	}

	/**
	 * For the people list: whom the request shared with (by what was typed: an e-mail
	 * address has an '@') and with which profile (the one actually shared: the request's
	 * own, or the default one when it had none), or null when it did not share.
	 */
	private AccessGranted granted(InviteRequest outcome, AccessProfile profile) {
		if (outcome.status() != RequestStatus.SENT && outcome.status() != RequestStatus.ALREADY_SHARED) {
			return null;
		}
		boolean email = outcome.identifier().contains("@");
		return new AccessGranted(AccessGranted.Source.REQUEST, outcome.id(), null, null,
				email ? null : outcome.identifier(), email ? outcome.identifier() : null, outcome.plexShareId(), false,
				profile.id(), outcome.accessEndsAt(), this.clock.instant(), outcome.locale());
	}

	/** The share's outcome for the audit log: Plex's reason, never its raw answer. */
	private static AuditOutcome audited(InviteRequest outcome) {
		return switch (outcome.status()) {
			case SENT -> AuditOutcome.ok("invite sent");
			case ALREADY_SHARED -> AuditOutcome.ok("already shared; share updated");
			case WAITING_RETRY -> AuditOutcome.failed(outcome.failureReason() + "; tried again automatically");
			default -> AuditOutcome.failed(String.valueOf(outcome.failureReason()));
		};
	}

	/**
	 * The request's own profile, else the default one as it is now (a profile deleted
	 * meanwhile cannot be: the foreign key keeps it while a request uses it).
	 */
	private AccessProfile profileOf(InviteRequest request) {
		return (request.profileId() != null)
				? this.profiles.find(request.profileId()).orElseGet(this.profiles::defaultProfile)
				: this.profiles.defaultProfile();
	}

	/** A profile saved with libraries: requests that waited for one are sent next. */
	@EventListener
	void profileSaved(ProfileSaved saved) {
		if (saved.configured()) {
			this.requests.wakeUnconfigured(this.clock.instant());
		}
	}

	@Override
	public void destroy() {
		this.slots.close();
	}

}
