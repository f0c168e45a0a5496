package app.plexinvite.mail;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox every 20 seconds. Claims are conditional updates, so instances sharing
 * a database need no lock. Off with {@code mail.jobs-enabled=false} (tests send by hand).
 */
@Component
@ConditionalOnBooleanProperty(name = "mail.jobs-enabled", matchIfMissing = true)
class MailSchedule {

	private static final Logger log = LoggerFactory.getLogger(MailSchedule.class);

	private final MailWorker worker;

	MailSchedule(MailWorker worker) {
		this.worker = worker;
	}

	@Scheduled(fixedDelay = 20, initialDelay = 20, timeUnit = TimeUnit.SECONDS)
	void sendDue() {
		try {
			this.worker.sendDue();
		}
		catch (RuntimeException ex) {
			log.error("Sending the outbox failed; it is tried again at its next turn", ex);
		}
	}

}
