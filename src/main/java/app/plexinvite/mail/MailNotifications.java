package app.plexinvite.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import app.plexinvite.invite.AccessGranted;
import app.plexinvite.invite.InviteFailed;
import app.plexinvite.invite.RequestCreated;
import app.plexinvite.invite.RequestDecided;
import app.plexinvite.notify.EndpointDisabled;
import app.plexinvite.onboarding.Onboarding;
import app.plexinvite.users.AccessEnded;
import app.plexinvite.users.AccessExpiringSoon;
import app.plexinvite.users.PersonJoined;
import app.plexinvite.users.PersonState;
import app.plexinvite.users.SyncTrouble;

/**
 * Turns the features' events into e-mails: each listener runs just before the publisher
 * commits (or at once without a transaction) and only queues (see {@link Notifier}), so a
 * change that rolls back sends nothing; the outbox worker sends later, never in the
 * publisher's thread.
 */
@Component
class MailNotifications {

	private final Notifier notifier;

	private final Onboarding onboarding;

	MailNotifications(Notifier notifier, Onboarding onboarding) {
		this.notifier = notifier;
		this.onboarding = onboarding;
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(RequestCreated event) {
		Map<String, Object> vars = vars("identifier", event.identifier(), "subjectArgument", event.identifier());
		vars.put("approvalNeeded", event.awaitingApproval());
		vars.put("viaLink", event.linkId() != null);
		vars.put("url", this.notifier.link("/admin/requests"));
		if (event.awaitingApproval()) {
			vars.put("subjectKey", "mail.request-created.subject.approval");
		}
		this.notifier.toOwner(MailKind.REQUEST_CREATED, vars);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(InviteFailed event) {
		Map<String, Object> vars = vars("identifier", event.identifier(), "subjectArgument", event.identifier());
		vars.put("reason", event.reason());
		vars.put("url",
				this.notifier.link((event.source() == AccessGranted.Source.REQUEST) ? "/admin/requests" : "/admin"));
		this.notifier.toOwner(MailKind.INVITE_FAILED, vars);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(RequestDecided event) {
		Map<String, Object> vars = vars("identifier", event.identifier(), "reason", event.denyReason());
		this.notifier.toInvitee(event.approved() ? MailKind.REQUEST_APPROVED : MailKind.REQUEST_DENIED, event.email(),
				event.locale(), vars);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(PersonJoined event) {
		Map<String, Object> owner = vars("name", event.name(), "subjectArgument", event.name());
		owner.put("url", this.notifier.link("/admin/users/" + event.personId()));
		this.notifier.toOwner(MailKind.PERSON_JOINED, owner);
		Map<String, Object> invitee = vars("name", event.name(), "steps", this.onboarding.steps());
		this.notifier.toInvitee(MailKind.WELCOME, event.email(), event.locale(), invitee);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(AccessExpiringSoon event) {
		Map<String, Object> vars = vars("name", event.name(), "subjectArgument", event.name());
		vars.put("when", event.endsAt());
		vars.put("url", this.notifier.link("/admin/users/" + event.personId()));
		this.notifier.toOwner(MailKind.EXPIRING_SOON, vars);
		this.notifier.toInvitee(MailKind.EXPIRY_WARNING, event.email(), event.locale(),
				vars("name", event.name(), "when", event.endsAt()));
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(AccessEnded event) {
		if (event.reason() == PersonState.EXPIRED) {
			Map<String, Object> vars = vars("name", event.name(), "subjectArgument", event.name());
			vars.put("when", event.at());
			vars.put("url", this.notifier.link("/admin/users/" + event.personId()));
			this.notifier.toOwner(MailKind.EXPIRED, vars);
		}
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(SyncTrouble event) {
		String outcome = event.outcome().name().toLowerCase(Locale.ROOT);
		Map<String, Object> vars = vars("problem", event.problem(), "outcome", outcome);
		vars.put("subjectKey", "mail.sync-trouble.subject." + outcome);
		vars.put("url", this.notifier.link("/admin/users"));
		this.notifier.toOwner(MailKind.SYNC_TROUBLE, vars);
	}

	/**
	 * The person's language; unknown until the events carry it (then
	 * {@code event.locale()}), so the owner's language is used.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
	void on(EndpointDisabled event) {
		Map<String, Object> vars = vars("name", event.name(), "subjectArgument", event.name());
		vars.put("reason", event.reason());
		vars.put("url", this.notifier.link("/admin/webhooks/" + event.endpointId()));
		this.notifier.toOwner(MailKind.WEBHOOK_DISABLED, vars);
	}

	private static Map<String, Object> vars(Object... pairs) {
		Map<String, Object> vars = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			vars.put((String) pairs[i], (pairs[i + 1] instanceof List<?> list) ? List.copyOf(list) : pairs[i + 1]);
		}
		return vars;
	}

}
