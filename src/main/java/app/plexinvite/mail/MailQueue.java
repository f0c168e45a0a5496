package app.plexinvite.mail;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a message into the outbox, rendered in its recipient's language. Inside the
 * publisher's transaction it writes behind a savepoint, so a failed insert never spoils
 * the publisher's own change (PostgreSQL aborts a transaction after any failed
 * statement). Never sends: the worker does. A page that wants an early try asks for
 * {@link #sendSoon()}, which runs the worker in the background.
 */
@Component
class MailQueue {

	private static final Logger log = LoggerFactory.getLogger(MailQueue.class);

	private final Outbox outbox;

	private final MailTemplates templates;

	private final MailWorker worker;

	private final MailProperties properties;

	private final Executor background;

	private final Clock clock;

	MailQueue(Outbox outbox, MailTemplates templates, MailWorker worker, MailProperties properties,
			@Qualifier("applicationTaskExecutor") Executor background, ObjectProvider<Clock> clock) {
		this.outbox = outbox;
		this.templates = templates;
		this.worker = worker;
		this.properties = properties;
		this.background = background;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Renders and stores one message; returns its id in the outbox. */
	@Transactional(propagation = Propagation.NESTED)
	public long add(MailKind kind, String recipient, Locale locale, Map<String, Object> variables) {
		RenderedMail mail = this.templates.render(kind, locale, variables);
		long id = this.outbox.add(kind, recipient, locale.toLanguageTag(), mail, this.clock.instant());
		log.debug("E-mail #{} ({}) queued", id, kind);
		return id;
	}

	/** The owner's "retry now"; false when the message is sent or being sent. */
	boolean retryNow(long id) {
		boolean queued = this.outbox.retryNow(id, this.clock.instant());
		if (queued) {
			sendSoon();
		}
		return queued;
	}

	/**
	 * Tries the outbox now, in the background (only where the background worker runs).
	 */
	void sendSoon() {
		if (this.properties.jobsEnabled()) {
			this.background.execute(() -> {
				try {
					this.worker.sendDue();
				}
				catch (RuntimeException ex) {
					log.error("Sending the outbox failed; the scheduled worker tries again", ex);
				}
			});
		}
	}

}
