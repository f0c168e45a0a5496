package app.plexinvite.invite;

import java.util.concurrent.TimeUnit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import app.plexinvite.jobs.ClusterJobs;

/**
 * Runs the pipeline every second after the previous round ended (on virtual threads,
 * spring.threads.virtual.enabled), on every instance: each request is claimed by a
 * conditional update ({@link ClusterJobs#everywhere}). Off with
 * {@code invite.worker-enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "invite.worker-enabled", matchIfMissing = true)
class PipelineSchedule {

	static final String JOB = "invite-pipeline";

	private final InvitePipeline pipeline;

	private final ClusterJobs jobs;

	PipelineSchedule(InvitePipeline pipeline, ClusterJobs jobs) {
		this.pipeline = pipeline;
		this.jobs = jobs;
	}

	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
	void poll() {
		this.jobs.everywhere(JOB, this.pipeline::poll);
	}

}
