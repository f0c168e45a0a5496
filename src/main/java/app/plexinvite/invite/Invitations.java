package app.plexinvite.invite;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The invite feature's one entry point for other features: the owner's view of requests,
 * what they can do with them, and the invite settings.
 */
@Component
public class Invitations {

	private final InviteRequests requests;

	private final ApplicationEventPublisher events;

	private final OwnerSettings settings;

	private final RequestStatistics statistics;

	private final RequestSubmissions submissions;

	private final Notices notices;

	private final Clock clock;

	Invitations(InviteRequests requests, OwnerSettings settings, RequestStatistics statistics,
			RequestSubmissions submissions, ApplicationEventPublisher events, Notices notices,
			ObjectProvider<Clock> clock) {
		this.events = events;
		this.notices = notices;
		this.requests = requests;
		this.settings = settings;
		this.statistics = statistics;
		this.submissions = submissions;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Newest first, {@code query.limit()} at most, with the cursor of the next page. */
	public RequestPage requests(RequestQuery query) {
		List<InviteRequest> rows = this.requests.findPage(query);
		boolean more = rows.size() > query.limit();
		List<RequestView> items = rows.stream().limit(query.limit()).map(RequestView::of).toList();
		return new RequestPage(items, more ? items.get(items.size() - 1).id() : null);
	}

	public Optional<RequestView> request(long id) {
		return this.requests.find(id).map(RequestView::of);
	}

	/** Totals and the last 30 UTC days (today included) by the injected clock. */
	public Statistics statistics() {
		return this.statistics.now();
	}

	/**
	 * Requests stored and invites sent per UTC day from {@code first} to {@code last}
	 * (both included, days without any too), counted in the database.
	 */
	public List<RequestDay> requestsPerDay(LocalDate first, LocalDate last) {
		return this.statistics.perDay(first, last);
	}

	/** Requests stored on these UTC days, by their status now (every status). */
	public Map<RequestStatus, Long> outcomes(LocalDate first, LocalDate last) {
		return this.statistics.outcomes(first, last);
	}

	/** When these requests were stored, by id; unknown ids are left out. */
	public Map<Long, Instant> submittedAt(Collection<Long> ids) {
		return this.statistics.storedAt(ids);
	}

	/** FAILED or WAITING_RETRY back into the queue now. */
	public void retry(long id) {
		try {
			change(id, (request) -> request.requeue(this.clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			throw new IllegalStateException("Cannot retry request " + id
					+ ": a newer request for the same account is open; handle that one instead", ex);
		}
	}

	/** QUEUED, WAITING_RETRY or AWAITING_APPROVAL becomes CANCELLED. */
	public void cancel(long id) {
		change(id, (request) -> request.cancel(this.clock.instant()));
	}

	/** AWAITING_APPROVAL goes into the pipeline. */
	public void approve(long id) {
		decided(change(id, (request) -> request.approve(this.clock.instant())), true);
	}

	/**
	 * AWAITING_APPROVAL becomes DENIED; the reason is optional, 500 characters at most.
	 */
	public void deny(long id, String reason) {
		decided(change(id, (request) -> request.deny(reason, this.clock.instant())), false);
	}

	/**
	 * Stores a request from an invite link (typed username, or a signed-in account on a
	 * link that needs approval): no invite code, the form's rules for the identifier and
	 * for an account that asked already; the pipeline's worker (every second) shares it
	 * with its profile.
	 */
	public LinkedSubmission submitFromLink(LinkedRequest request) {
		RequestSubmissions.Submission submission = this.submissions.submit(request);
		if (submission.stored() == null) {
			return new LinkedSubmission(null, null, submission.messageKey());
		}
		InviteRequest stored = submission.stored();
		return new LinkedSubmission(stored.id(), stored.statusToken(), null);
	}

	/**
	 * Stores a request the owner makes for someone (the REST API): no invite code and no
	 * public rate limit, the form's rules for the identifier and for an account that
	 * asked already; shared with {@code profileId} (null: the default profile when sent).
	 * Answers like {@link #submitFromLink}.
	 */
	public LinkedSubmission submitForOwner(String identifier, Long profileId, boolean approvalRequired) {
		RequestSubmissions.Submission submission = this.submissions.submit(identifier, profileId, approvalRequired);
		if (submission.stored() == null) {
			return new LinkedSubmission(null, null, submission.messageKey());
		}
		InviteRequest stored = submission.stored();
		return new LinkedSubmission(stored.id(), stored.statusToken(), null);
	}

	/**
	 * Stores a row of the owner's batch: queued at once (no approval), shared with
	 * {@code profileId} (null: the default profile when sent), access until
	 * {@code accessEndsAt} (null: as the profile says). Joins the caller's transaction,
	 * so the caller can record the request id in the same commit as the request. Answers
	 * like {@link #submitFromLink}.
	 */
	public LinkedSubmission submitForBatch(String identifier, Long profileId, Instant accessEndsAt, Locale locale) {
		RequestSubmissions.Submission submission = this.submissions.submitForBatch(identifier, profileId, accessEndsAt,
				locale);
		if (submission.stored() == null) {
			return new LinkedSubmission(null, null, submission.messageKey());
		}
		InviteRequest stored = submission.stored();
		return new LinkedSubmission(stored.id(), stored.statusToken(), null);
	}

	/** The form's rules for an identifier, without storing anything. */
	public IdentifierCheck check(String identifier) {
		return this.submissions.check(identifier);
	}

	public InviteCode inviteCode() {
		return this.settings.inviteCode();
	}

	/** Null or blank: no code required (INVITE_CODE no longer applies). */
	public void changeInviteCode(String code) {
		this.settings.changeInviteCode(code);
	}

	public boolean approvalRequired() {
		return this.settings.approvalRequired();
	}

	public void requireApproval(boolean required) {
		this.settings.requireApproval(required);
	}

	private void decided(InviteRequest request, boolean approved) {
		this.notices.publish(new RequestDecided(request.id(), request.identifier(), Notices.email(request), approved,
				request.denyReason(), request.locale(), request.updatedAt().truncatedTo(ChronoUnit.MILLIS)));
	}

	/** The request as changed and stored; refused when it changed meanwhile. */
	private InviteRequest change(long id, UnaryOperator<InviteRequest> change) {
		InviteRequest current = this.requests.find(id).orElseThrow(() -> RequestNotFound.forId(id));
		InviteRequest changed = change.apply(current);
		if (!this.requests.update(changed, current.status())) {
			throw new IllegalStateException(
					"Request " + id + " changed while it was " + current.status() + "; look again and retry");
		}
		Optional.ofNullable(LinkedRequestSettled.of(changed)).ifPresent(this.events::publishEvent);
		return changed;
	}

}
