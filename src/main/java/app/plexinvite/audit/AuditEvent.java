package app.plexinvite.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing that happened, as features publish it (Spring's ApplicationEventPublisher)
 * and {@link AuditLog} stores it. Every text is masked on construction, so no token,
 * password or code survives into the event, let alone the table.
 *
 * @param at when, from the publisher's injected Clock
 * @param actor who or which job
 * @param action what
 * @param target to whom or what, as text ("request #12 (alice@example.com)", "link #3
 * Family"); never a code or token
 * @param outcome OK or FAILED with a reason
 */
public record AuditEvent(Instant at, Actor actor, AuditAction action, String target, AuditOutcome outcome) {

	static final int MAX_TARGET = 500;

	public AuditEvent {
		Objects.requireNonNull(at, "at");
		Objects.requireNonNull(actor, "actor");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(outcome, "outcome");
		target = Objects.requireNonNullElse(Secrets.clean(target, MAX_TARGET), "");
	}

}
