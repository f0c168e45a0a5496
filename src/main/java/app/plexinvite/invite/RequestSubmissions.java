package app.plexinvite.invite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.function.Function;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a submitted form and stores the request in the same transaction, before any call
 * to Plex. Plex is not asked here (a slow plex.tv must never hold the form): "has access
 * already" comes from our own SENT / ALREADY_SHARED rows.
 */
@Component
class RequestSubmissions {

	private static final Base64.Encoder TOKENS = Base64.getUrlEncoder().withoutPadding();

	private final InviteRequests requests;

	private final OwnerSettings settings;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final SecureRandom random = new SecureRandom();

	RequestSubmissions(InviteRequests requests, OwnerSettings settings, TransactionTemplate transaction,
			ObjectProvider<Clock> clock) {
		this.requests = requests;
		this.settings = settings;
		this.transaction = transaction;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	Submission submit(RequestForm form) {
		try {
			return this.transaction.execute((status) -> checkAndStore(form));
		}
		catch (DuplicateKeyException ex) {
			// Another submission for the same account won the race for the unique index.
			return submit(form);
		}
	}

	/**
	 * A request from an invite link: the link was checked, so no invite code; the same
	 * rules for the identifier and for an account that asked already.
	 */
	Submission submit(LinkedRequest linked) {
		try {
			return this.transaction.execute((status) -> store(linked.identifier(),
					(identifier) -> InviteRequest.submitted(identifier, newToken(), linked.approvalRequired(),
							linked.profileId(), linked.linkId(), this.clock.instant())));
		}
		catch (DuplicateKeyException ex) {
			return submit(linked);
		}
	}

	/**
	 * A request the owner makes for someone (through the API): no invite code; the same
	 * rules for the identifier and for an account that asked already.
	 */
	Submission submit(String identifier, Long profileId, boolean approvalRequired) {
		try {
			return this.transaction.execute((status) -> store(identifier, (parsed) -> InviteRequest.submitted(parsed,
					newToken(), approvalRequired, profileId, null, this.clock.instant())));
		}
		catch (DuplicateKeyException ex) {
			return submit(identifier, profileId, approvalRequired);
		}
	}

	private Submission checkAndStore(RequestForm form) {
		InviteCode code = this.settings.inviteCode();
		if (code.required() && !sameCode(form.code(), code.code())) {
			boolean blank = form.code() == null || form.code().isBlank();
			return Submission.refused("code", blank ? "invite.code.required" : "invite.code.wrong");
		}
		return store(form.identifier(), (identifier) -> InviteRequest.submitted(identifier, newToken(),
				this.settings.approvalRequired(), this.clock.instant()));
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
