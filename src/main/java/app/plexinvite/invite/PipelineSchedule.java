package app.plexinvite.invite;

import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the pipeline every second after the previous round ended (on virtual threads,
 * spring.threads.virtual.enabled). Off with {@code invite.worker-enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "invite.worker-enabled", matchIfMissing = true)
class PipelineSchedule {

	private static final Logger log = LoggerFactory.getLogger(PipelineSchedule.class);

	private final InvitePipeline pipeline;

	PipelineSchedule(InvitePipeline pipeline) {
		this.pipeline = pipeline;
	}

	@Scheduled(fixedDelay = 1, timeUnit = TimeUnit.SECONDS)
	void poll() {
		try {
			this.pipeline.poll();
		}
		catch (RuntimeException ex) {
			log.error("The invite worker's round failed; it runs again in a second", ex);
		}
	}

}
