package app.plexinvite.mail;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import app.plexinvite.onboarding.Onboarding;

/**
 * Made-up data for the owner's previews of every kind: what a real event would carry, the
 * guide as it is now, and links from PUBLIC_URL.
 */
@Component
class MailSamples {

	private final Notifier notifier;

	private final Onboarding onboarding;

	private final Clock clock;

	MailSamples(Notifier notifier, Onboarding onboarding, ObjectProvider<Clock> clock) {
		this.notifier = notifier;
		this.onboarding = onboarding;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	Map<String, Object> of(MailKind kind) {
		Map<String, Object> vars = new HashMap<>();
		vars.put("identifier", "dana@example.com");
		vars.put("name", "Dana");
		vars.put("subjectArgument", "Dana");
		vars.put("when", this.clock.instant().plus(Duration.ofDays(3)));
		switch (kind) {
			case REQUEST_CREATED -> {
				vars.put("subjectArgument", "dana@example.com");
				vars.put("approvalNeeded", true);
				vars.put("viaLink", false);
				vars.put("subjectKey", "mail.request-created.subject.approval");
				vars.put("url", this.notifier.link("/admin/requests"));
			}
			case INVITE_FAILED -> {
				vars.put("subjectArgument", "dana@example.com");
				vars.put("reason", "plex.tv does not know this username or e-mail.");
				vars.put("url", this.notifier.link("/admin/requests"));
			}
			case PERSON_JOINED, EXPIRING_SOON, EXPIRED -> vars.put("url", this.notifier.link("/admin/users"));
			case SYNC_TROUBLE -> {
				vars.put("outcome", "failed");
				vars.put("subjectKey", "mail.sync-trouble.subject.failed");
				vars.put("problem", "plex.tv could not be reached (timeout).");
				vars.put("url", this.notifier.link("/admin/users"));
			}
			case WEBHOOK_DISABLED -> {
				vars.put("subjectArgument", "Home Assistant");
				vars.put("name", "Home Assistant");
				vars.put("reason", "no delivery succeeded for 24 hours (last answer: 502)");
				vars.put("url", this.notifier.link("/admin/webhooks"));
			}
			case INVITE_LINK -> {
				vars.remove("subjectArgument");
				String url = this.notifier.link("/i/sample-code");
				vars.put("url", (url != null) ? url : "https://invite.example.com/i/sample-code");
				vars.put("message", "Movie night is on Friday!");
				vars.put("inviteeName", "Dana");
				vars.put("expires", this.clock.instant().plus(Duration.ofDays(7)));
			}
			case REQUEST_APPROVED, EXPIRY_WARNING, TEST -> vars.remove("subjectArgument");
			case REQUEST_DENIED -> {
				vars.remove("subjectArgument");
				vars.put("reason", "The server is full right now, sorry.");
			}
			case WELCOME -> {
				vars.remove("subjectArgument");
				vars.put("steps", this.onboarding.steps());
			}
		}
		return this.notifier.withServer(vars);
	}

}
