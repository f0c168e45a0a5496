package app.plexinvite.plex;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one transport of the Plex client: identity headers set once, the token only as the
 * {@code X-Plex-Token} header (§0.3 allows header or query; a query would land in access
 * logs), timeouts on every call, at most {@code plex.max-concurrent-calls} plex.tv calls
 * at once, retries with {@link Backoff} on 429 and 5xx, and every attempt timed by
 * {@link PlexCallMeters}.
 *
 * <p>
 * What is retried: 429 and 503 always (plex.tv answers them before doing anything, so a
 * retry cannot double an effect: rate limiting §11, 1003), other 5xx only for
 * {@link PlexCall#idempotent() idempotent} calls, because a 500 or 502 after a POST
 * shared_servers may mean the invite was created. Connection failures are not retried.
 */
final class PlexHttp {

	private static final Logger log = LoggerFactory.getLogger(PlexHttp.class);

	private final RestClient rest;

	private final Semaphore plexTvPermits;

	private final PlexProperties properties;

	private final Backoff backoff;

	private final Sleeper sleeper;

	private final PlexCallMeters meters;

	PlexHttp(PlexProperties properties, RestClient.Builder builder, ClientIdentity identity, Sleeper sleeper,
			Clock clock, MeterRegistry registry) {
		this.properties = properties;
		this.meters = new PlexCallMeters(registry, properties);
		this.rest = build(builder, identity, properties.connectTimeout(), properties.readTimeout());
		this.plexTvPermits = new Semaphore(properties.maxConcurrentCalls(), true);
		this.backoff = new Backoff(clock);
		this.sleeper = sleeper;
	}

	static RestClient build(RestClient.Builder builder, ClientIdentity identity, Duration connect, Duration read) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(connect).version(HttpClient.Version.HTTP_1_1).build();
		JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
		factory.setReadTimeout(read);
		return builder.clone()
			.requestFactory(factory)
			.defaultHeaders((headers) -> identity.headers().forEach(headers::set))
			.build();
	}

	/**
	 * A Plex address: {@code base} + {@code path} (with an optional query) with the
	 * {@code {placeholders}} filled in and encoded.
	 */
	static URI at(URI base, String path, Object... variables) {
		int query = path.indexOf('?');
		UriComponentsBuilder builder = UriComponentsBuilder.fromUri(base)
			.path((query < 0) ? path : path.substring(0, query));
		if (query >= 0) {
			builder.query(path.substring(query + 1));
		}
		return builder.buildAndExpand(variables).encode().toUri();
	}

	/** Sends the call (retrying as described above) and returns the 2xx body. */
	String send(PlexCall call) {
		for (int attempt = 1;; attempt++) {
			Answer answer = sendOnce(call);
			if (answer.status() / 100 == 2) {
				return answer.body();
			}
			if (attempt >= this.properties.maxAttempts() || !mayRetry(call, answer.status())) {
				throw PlexErrors.fromAnswer(call.describe(), answer.status(), answer.body());
			}
			Duration wait = this.backoff.delay(attempt - 1, answer.retryAfter());
			log.debug("Plex answered {} to {}; attempt {} in {}", answer.status(), call.describe(), attempt + 1, wait);
			pause(wait);
		}
	}

	private static boolean mayRetry(PlexCall call, int status) {
		return status == 429 || status == 503 || (call.idempotent() && status >= 500);
	}

	private Answer sendOnce(PlexCall call) {
		boolean plexTv = isPlexTv(call.uri());
		if (plexTv) {
			acquire();
		}
		Timer.Sample sample = this.meters.start();
		try {
			Answer answer = exchange(call);
			this.meters.stop(sample, call, answer.status());
			return answer;
		}
		catch (ResourceAccessException ex) {
			this.meters.stop(sample, call, 0);
			throw new PlexException(PlexException.Reason.SERVER_UNREACHABLE, null,
					call.describe() + " failed: " + ex.getMostSpecificCause().getClass().getSimpleName(), ex);
		}
		finally {
			if (plexTv) {
				this.plexTvPermits.release();
			}
		}
	}

	private Answer exchange(PlexCall call) {
		RestClient.RequestBodySpec spec = this.rest.method(call.method()).uri(call.uri()).headers((headers) -> {
			if (call.token() != null) {
				headers.set("X-Plex-Token", call.token().value());
			}
			if (call.json()) {
				headers.setAccept(List.of(MediaType.APPLICATION_JSON));
			}
		});
		if (call.body() != null) {
			spec = spec.contentType(MediaType.APPLICATION_JSON).body(call.body());
		}
		return spec.exchange((request, response) -> new Answer(response.getStatusCode().value(),
				new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8),
				response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)), true);
	}

	private boolean isPlexTv(URI uri) {
		return sameOrigin(uri, this.properties.tvUrl()) || sameOrigin(uri, this.properties.clientsUrl());
	}

	static boolean sameOrigin(URI a, URI b) {
		return Objects.equals(a.getHost(), b.getHost()) && a.getPort() == b.getPort()
				&& Objects.equals(a.getScheme(), b.getScheme());
	}

	private void acquire() {
		try {
			this.plexTvPermits.acquire();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PlexException(PlexException.Reason.PLEX_ERROR, null, "interrupted", ex);
		}
	}

	private void pause(Duration wait) {
		try {
			this.sleeper.sleep(wait);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new PlexException(PlexException.Reason.PLEX_ERROR, null, "interrupted", ex);
		}
	}

	/** What came back from one attempt. */
	record Answer(int status, String body, String retryAfter) {
	}

}
