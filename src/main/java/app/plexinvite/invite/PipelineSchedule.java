package app.plexinvite.invite;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import app.plexinvite.jobs.ClusterJobs;

/**
 * Starts a pipeline round every second unless one is still running, on every instance:
 * each request is claimed by a conditional update ({@link ClusterJobs#everywhere}). A
 * round lasts as long as requests are due (minutes in a burst), so it runs on a virtual
 * thread of its own: fixed-delay tasks share the one scheduler thread, and the sign-in
 * poller, the batch feeder and the outboxes must keep their pace meanwhile. Off with
 * {@code invite.worker-enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "invite.worker-enabled", matchIfMissing = true)
class PipelineSchedule {

	static final String JOB = "invite-pipeline";

	private final InvitePipeline pipeline;

	private final ClusterJobs jobs;

	private final AtomicBoolean running = new AtomicBoolean();

	PipelineSchedule(InvitePipeline pipeline, ClusterJobs jobs) {
		this.pipeline = pipeline;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
	void poll() {
		if (this.running.compareAndSet(false, true)) {
			Thread.ofVirtual().name(JOB).start(this::round);
		}
	}

	private void round() {
		try {
			this.jobs.everywhere(JOB, this.pipeline::poll);
		}
		finally {
			this.running.set(false);
		}
	}

}
