package app.plexinvite.invite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import app.plexinvite.invite.InviteMeters.Source;

/**
 * Checks a submitted form and stores the request in the same transaction, before any call
 * to Plex, then publishes {@link RequestCreated}. Plex is not asked here (a slow plex.tv
 * must never hold the form): "has access already" comes from our own SENT /
 * ALREADY_SHARED rows.
 */
@Component
class RequestSubmissions {

	private static final Base64.Encoder TOKENS = Base64.getUrlEncoder().withoutPadding();

	private final InviteRequests requests;

	private final OwnerSettings settings;

	private final TransactionTemplate transaction;

	private final Notices notices;

	private final Clock clock;

	private final InviteMeters meters;

	private final SecureRandom random = new SecureRandom();

	RequestSubmissions(InviteRequests requests, OwnerSettings settings, TransactionTemplate transaction,
			Notices notices, InviteMeters meters, ObjectProvider<Clock> clock) {
		this.requests = requests;
		this.meters = meters;
		this.notices = notices;
		this.settings = settings;
		this.transaction = transaction;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** A request from the public form, in the language of the page they used. */
	Submission submit(RequestForm form, Locale locale) {
		return this.meters.submitted(Source.FORM, created(storeForm(form, locale)));
	}

	/**
	 * A request from an invite link: the link was checked, so no invite code; the same
	 * rules for the identifier and for an account that asked already.
	 */
	Submission submit(LinkedRequest linked) {
		return this.meters.submitted(Source.LINK, created(storeLinked(linked)));
	}

	private Submission storeForm(RequestForm form, Locale locale) {
		try {
			return this.transaction.execute((status) -> checkAndStore(form, locale));
		}
		catch (DuplicateKeyException ex) {
			// Another submission for the same account won the race for the unique index.
			return storeForm(form, locale);
		}
	}

	private Submission storeLinked(LinkedRequest linked) {
		try {
			return this.transaction.execute((status) -> store(linked.identifier(),
					(identifier) -> InviteRequest.submitted(identifier, newToken(), linked.approvalRequired(),
							linked.profileId(), linked.linkId(), linked.locale(), this.clock.instant())));
		}
		catch (DuplicateKeyException ex) {
			return storeLinked(linked);
		}
	}

	/**
	 * Tells the notifications about a stored (committed) request, at the instant as
	 * stored (milliseconds).
	 */
	private Submission created(Submission submission) {
		InviteRequest stored = submission.stored();
		if (stored != null) {
			this.notices.publish(new RequestCreated(stored.id(), stored.identifier(), Notices.email(stored),
					stored.status() == RequestStatus.AWAITING_APPROVAL, stored.linkId(), stored.locale(),
					stored.createdAt().truncatedTo(ChronoUnit.MILLIS)));
		}
		return submission;
	}

	/**
	 * A request the owner makes for someone (through the API): no invite code; the same
	 * rules for the identifier and for an account that asked already. Nobody's page
	 * language is known.
	 */
	Submission submit(String identifier, Long profileId, boolean approvalRequired) {
		return this.meters.submitted(Source.API, created(storeForOwner(identifier, profileId, approvalRequired)));
	}

	private Submission storeForOwner(String identifier, Long profileId, boolean approvalRequired) {
		try {
			return this.transaction.execute((status) -> store(identifier, (parsed) -> InviteRequest.submitted(parsed,
					newToken(), approvalRequired, profileId, null, null, this.clock.instant())));
		}
		catch (DuplicateKeyException ex) {
			return storeForOwner(identifier, profileId, approvalRequired);
		}
	}

	/**
	 * A row of the owner's batch: queued at once, with its own end of access (null: the
	 * profile's). Runs in the caller's transaction when there is one (the batch records
	 * the request on its row in the same transaction), so a lost race for the unique
	 * index is not retried here: the caller's transaction fails and nothing is stored. No
	 * {@link RequestCreated}: the owner asked for these rows, and a notice per row would
	 * flood their mailbox and webhooks (what becomes of each row is still told).
	 */
	Submission submitForBatch(String identifier, Long profileId, Instant accessEndsAt, Locale locale) {
		return this.meters.submitted(Source.BATCH,
				this.transaction.execute((status) -> store(identifier, (parsed) -> InviteRequest.submitted(parsed,
						newToken(), false, profileId, null, locale, accessEndsAt, this.clock.instant()))));
	}

	/**
	 * What {@link #submitForBatch} would answer now without storing anything: the
	 * identifier as it would be sent and its key, or why it would be refused.
	 */
	IdentifierCheck check(String typed) {
		PlexIdentifier identifier;
		try {
			identifier = PlexIdentifier.parse(typed);
		}
		catch (PlexIdentifier.Invalid ex) {
			return new IdentifierCheck(null, null, ex.messageKey());
		}
		InviteRequest live = this.requests.findLive(identifier.key()).orElse(null);
		String refused = (live == null) ? null
				: live.status().granted() ? "invite.identifier.has-access" : "invite.identifier.already-requested";
		return new IdentifierCheck(identifier.value(), identifier.key(), refused);
	}

	private Submission checkAndStore(RequestForm form, Locale locale) {
		InviteCode code = this.settings.inviteCode();
		if (code.required() && !sameCode(form.code(), code.code())) {
			boolean blank = form.code() == null || form.code().isBlank();
			return Submission.refused("code", blank ? "invite.code.required" : "invite.code.wrong");
		}
		return store(form.identifier(), (identifier) -> InviteRequest.submitted(identifier, newToken(),
				this.settings.approvalRequired(), null, null, locale, this.clock.instant()));
	}

	private Submission store(String typed, Function<PlexIdentifier, InviteRequest> request) {
		PlexIdentifier identifier;
		try {
			identifier = PlexIdentifier.parse(typed);
		}
		catch (PlexIdentifier.Invalid ex) {
			return Submission.refused("identifier", ex.messageKey());
		}
		InviteRequest live = this.requests.findLive(identifier.key()).orElse(null);
		if (live != null) {
			// Not the existing request's link: whoever types a name must not get its
			// status page.
			return Submission.refused("identifier",
					live.status().granted() ? "invite.identifier.has-access" : "invite.identifier.already-requested");
		}
		return Submission.stored(this.requests.insert(request.apply(identifier)));
	}

	/**
	 * Constant time over the UTF-8 bytes: the answer time does not tell how much matched.
	 */
	static boolean sameCode(String typed, String expected) {
		byte[] given = ((typed != null) ? typed.strip() : "").getBytes(StandardCharsets.UTF_8);
		return MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8));
	}

	private String newToken() {
		byte[] bytes = new byte[32];
		this.random.nextBytes(bytes);
		return TOKENS.encodeToString(bytes);
	}

	/**
	 * Either the stored request, or the field and message key of why not (with the status
	 * link of the existing request, if there is one).
	 */
	record Submission(InviteRequest stored, String field, String messageKey) {

		static Submission stored(InviteRequest request) {
			return new Submission(request, null, null);
		}

		static Submission refused(String field, String messageKey) {
			return new Submission(null, field, messageKey);
		}

	}

}
