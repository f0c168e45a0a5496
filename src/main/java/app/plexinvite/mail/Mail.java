package app.plexinvite.mail;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * What other features may ask of e-mail: whether messages are failing (for the owner's
 * dashboard).
 */
@Service
@EnableConfigurationProperties({ MailProperties.class, MailProperties.PublicAddress.class })
public class Mail {

	/** How far back a message that finally failed still counts as "failing". */
	static final Duration FAILING_WINDOW = Duration.ofDays(7);

	private final Outbox outbox;

	private final Clock clock;

	Mail(Outbox outbox, ObjectProvider<Clock> clock) {
		this.outbox = outbox;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Messages that failed in the last week or wait for another try after failing. */
	public long failing() {
		return this.outbox.failing(this.clock.instant().minus(FAILING_WINDOW));
	}

}
