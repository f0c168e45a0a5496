package app.plexinvite.invite;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The invite pipeline on /actuator/prometheus: requests submitted by where they came from
 * ({@code plexinvite_requests_submitted_total{source}}), each outcome the pipeline
 * recorded ({@code plexinvite_invites_total{outcome}}), and its queue: how many requests
 * wait or are being sent ({@code plexinvite_pipeline_queue_depth}) and how long ago the
 * oldest of them was made ({@code plexinvite_pipeline_oldest_age_seconds}, 0 when none).
 * The queue is one indexed query, read at most every {@link #FRESH} however often it is
 * scraped. Tags never carry a name, an address or a token.
 */
@Component
class InviteMeters {

	static final Duration FRESH = Duration.ofSeconds(5);

	/** What the pipeline records after an attempt. */
	static final List<RequestStatus> OUTCOMES = List.of(RequestStatus.SENT, RequestStatus.ALREADY_SHARED,
			RequestStatus.WAITING_RETRY, RequestStatus.FAILED);

	/** Where a request came from. */
	enum Source {

		FORM, LINK, API, BATCH

	}

	private final RequestCounts counts;

	private final Clock clock;

	private final Map<RequestStatus, Counter> outcomes = new EnumMap<>(RequestStatus.class);

	private final Map<Source, Counter> submitted = new EnumMap<>(Source.class);

	private RequestCounts.Queue queue;

	private Instant readAt;

	InviteMeters(RequestCounts counts, ObjectProvider<MeterRegistry> meterRegistry, ObjectProvider<Clock> clock) {
		this.counts = counts;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		MeterRegistry registry = meterRegistry.getIfAvailable(SimpleMeterRegistry::new);
		for (RequestStatus outcome : OUTCOMES) {
			this.outcomes.put(outcome,
					Counter.builder("plexinvite.invites")
						.description("Outcomes the invite pipeline recorded, one per attempt")
						.tag("outcome", tag(outcome))
						.register(registry));
		}
		for (Source source : Source.values()) {
			this.submitted.put(source,
					Counter.builder("plexinvite.requests.submitted")
						.description("Invite requests stored, by where they came from")
						.tag("source", tag(source))
						.register(registry));
		}
		Gauge.builder("plexinvite.pipeline.queue.depth", this, (meters) -> meters.queue().depth())
			.description("Requests waiting to be sent or being sent")
			.register(registry);
		Gauge.builder("plexinvite.pipeline.oldest.age", this, InviteMeters::oldestAgeSeconds)
			.description("How long ago the oldest request in the queue was made")
			.baseUnit("seconds")
			.register(registry);
	}

	/** An outcome the pipeline wrote; other states are not outcomes and not counted. */
	void recorded(InviteRequest outcome) {
		Counter counter = this.outcomes.get(outcome.status());
		if (counter != null) {
			counter.increment();
		}
	}

	/** A request was stored (the submission's answer is returned unchanged). */
	RequestSubmissions.Submission submitted(Source source, RequestSubmissions.Submission submission) {
		if (submission != null && submission.stored() != null) {
			this.submitted.get(source).increment();
		}
		return submission;
	}

	private double oldestAgeSeconds() {
		RequestCounts.Queue current = queue();
		if (current.oldest() == null) {
			return 0;
		}
		return Math.max(0, Duration.between(current.oldest(), this.clock.instant()).toMillis() / 1000.0);
	}

	private synchronized RequestCounts.Queue queue() {
		Instant now = this.clock.instant();
		if (this.queue == null || !now.isBefore(this.readAt.plus(FRESH)) || now.isBefore(this.readAt)) {
			this.queue = this.counts.queue();
			this.readAt = now;
		}
		return this.queue;
	}

	private static String tag(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

}
