package app.plexinvite.mail;

import java.util.concurrent.TimeUnit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import app.plexinvite.jobs.ClusterJobs;

/**
 * Sends the outbox every 20 seconds, on every instance: claims are conditional updates,
 * so instances sharing a database need no lock ({@link ClusterJobs#everywhere}). Off with
 * {@code mail.jobs-enabled=false} (tests send by hand).
 */
@Component
@ConditionalOnBooleanProperty(name = "mail.jobs-enabled", matchIfMissing = true)
class MailSchedule {

	private final MailWorker worker;

	private final ClusterJobs jobs;

	MailSchedule(MailWorker worker, ClusterJobs jobs) {
		this.worker = worker;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelay = 20, initialDelay = 20, timeUnit = TimeUnit.SECONDS)
	void sendDue() {
		this.jobs.everywhere(MailWorker.JOB, this.worker::sendDue);
	}

}
