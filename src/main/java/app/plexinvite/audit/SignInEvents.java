package app.plexinvite.audit;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

import app.plexinvite.security.OwnerAccountChanged;
import app.plexinvite.security.OwnerAccounts;

/**
 * Owner sign-in, failure, lock-out and sign-out, from the events Spring Security
 * publishes anyway, so {@code security} depends on no feature. A failed sign-in is
 * recorded under the name that was tried when it is an owner's, else under a placeholder
 * (people type passwords into the name field).
 */
@Component
class SignInEvents {

	static final String TARGET = "owner sign-in";

	static final String UNKNOWN_NAME = "(a name that is no owner's)";

	/**
	 * The authority of a session whose password was right and whose code is still due.
	 */
	static final String PASSWORD_ONLY = "ROLE_PASSWORD_CHECKED";

	private final AuditLog log;

	private final Clock clock;

	private final OwnerAccounts owners;

	SignInEvents(AuditLog log, OwnerAccounts owners, ObjectProvider<Clock> clock) {
		this.log = log;
		this.owners = owners;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		boolean codeDue = event.getAuthentication()
			.getAuthorities()
			.stream()
			.anyMatch((authority) -> PASSWORD_ONLY.equals(authority.getAuthority()));
		// With two-step sign-in, the owner is signed in once the code is right (the code
		// step publishes its own success or failure).
		if (!codeDue) {
			record(event.getAuthentication().getName(), AuditAction.SIGNED_IN, AuditOutcome.ok());
		}
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		boolean locked = event.getException() instanceof LockedException;
		// A name that is no owner's may be a password typed into the wrong field.
		String tried = event.getAuthentication().getName();
		record(this.owners.isOwner(tried) ? tried : UNKNOWN_NAME,
				locked ? AuditAction.LOCKED_OUT : AuditAction.SIGN_IN_FAILED,
				AuditOutcome.failed(locked ? "too many failed sign-ins from this client"
						: event.getException().getMessage().equals("Wrong sign-in code") ? "wrong sign-in code"
								: "wrong name or password"));
	}

	@EventListener
	void accountChanged(OwnerAccountChanged event) {
		this.log.record(new AuditEvent(this.clock.instant(), CurrentRequest.actor(event.owner()),
				AuditAction.valueOf(event.change().name()), "owner account " + event.account(), event.done()
						? AuditOutcome.ok() : AuditOutcome.failed("refused (wrong code or password, or not allowed)")));
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		record(event.getAuthentication().getName(), AuditAction.SIGNED_OUT, AuditOutcome.ok());
	}

	private void record(String name, AuditAction action, AuditOutcome outcome) {
		this.log.record(new AuditEvent(this.clock.instant(), CurrentRequest.actor(name), action, TARGET, outcome));
	}

}
