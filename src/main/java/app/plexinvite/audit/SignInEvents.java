package app.plexinvite.audit;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Owner sign-in, failure, lock-out and sign-out, from the events Spring Security
 * publishes anyway, so {@code security} depends on no feature. A failed sign-in is
 * recorded under the name that was tried (masked like every text).
 */
@Component
class SignInEvents {

	static final String TARGET = "owner sign-in";

	private final AuditLog log;

	private final Clock clock;

	SignInEvents(AuditLog log, ObjectProvider<Clock> clock) {
		this.log = log;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		record(event.getAuthentication().getName(), AuditAction.SIGNED_IN, AuditOutcome.ok());
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		boolean locked = event.getException() instanceof LockedException;
		record(event.getAuthentication().getName(), locked ? AuditAction.LOCKED_OUT : AuditAction.SIGN_IN_FAILED,
				AuditOutcome.failed(locked ? "too many failed sign-ins from this client" : "wrong name or password"));
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		record(event.getAuthentication().getName(), AuditAction.SIGNED_OUT, AuditOutcome.ok());
	}

	private void record(String name, AuditAction action, AuditOutcome outcome) {
		this.log.record(new AuditEvent(this.clock.instant(), CurrentRequest.actor(name), action, TARGET, outcome));
	}

}
