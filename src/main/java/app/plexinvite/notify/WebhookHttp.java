package app.plexinvite.notify;

import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.net.ssl.SSLException;

import org.springframework.stereotype.Component;

/**
 * The one HTTP client of notifications: it POSTs to exactly the configured address and
 * nowhere else. Redirects are never followed (a 3xx is a failed attempt), no proxy is
 * used, connecting and the whole exchange are bounded by {@code notify.connect-timeout}
 * and {@code notify.request-timeout}, and at most {@value #READ_LIMIT} bytes of an answer
 * are read; only a short excerpt is kept.
 */
@Component
class WebhookHttp implements AutoCloseable {

	static final int READ_LIMIT = 2048;

	static final int EXCERPT = 200;

	private final HttpClient client;

	private final Duration requestTimeout;

	WebhookHttp(NotifyProperties properties) {
		this.requestTimeout = properties.requestTimeout();
		this.client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.proxy(HttpClient.Builder.NO_PROXY)
			.connectTimeout(properties.connectTimeout())
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	HttpOutcome post(OutgoingRequest outgoing) {
		HttpRequest.Builder request = HttpRequest.newBuilder(outgoing.uri())
			.timeout(this.requestTimeout)
			.POST(HttpRequest.BodyPublishers.ofByteArray(outgoing.body()));
		outgoing.headers().forEach(request::header);
		CompletableFuture<HttpResponse<byte[]>> exchange = this.client.sendAsync(request.build(),
				(info) -> new LimitedBody(READ_LIMIT));
		try {
			return outcome(exchange.get(this.requestTimeout.toMillis(), TimeUnit.MILLISECONDS));
		}
		catch (TimeoutException ex) {
			exchange.cancel(true);
			return HttpOutcome.noAnswer(noAnswerWithin());
		}
		catch (InterruptedException ex) {
			exchange.cancel(true);
			Thread.currentThread().interrupt();
			return HttpOutcome.noAnswer("interrupted while sending (shutting down)");
		}
		catch (ExecutionException ex) {
			return HttpOutcome.noAnswer(describe(ex.getCause()));
		}
	}

	private HttpOutcome outcome(HttpResponse<byte[]> response) {
		int status = response.statusCode();
		String excerpt = excerpt(response.body());
		if (status >= 200 && status < 300) {
			return new HttpOutcome(status, null, excerpt, null);
		}
		// Only a 429 or 503 says when to come back (RFC 9110); on any other answer a
		// Retry-After of 0 would turn the back-off into a burst.
		Duration retryAfter = (status == 429 || status == 503)
				? response.headers().firstValue("Retry-After").map(WebhookHttp::seconds).orElse(null) : null;
		String error = (status >= 300 && status < 400) ? "redirect not followed (HTTP " + status + ")"
				: "the receiver answered HTTP " + status;
		return new HttpOutcome(status, error, excerpt, retryAfter);
	}

	private String describe(Throwable cause) {
		if (cause instanceof HttpConnectTimeoutException) {
			return "could not connect within " + Formatting.duration(connectTimeout());
		}
		if (cause instanceof HttpTimeoutException) {
			return noAnswerWithin();
		}
		if (cause instanceof ConnectException) {
			return "connection refused or host unreachable";
		}
		if (cause instanceof SSLException) {
			return "the TLS handshake failed (certificate?)";
		}
		if (cause instanceof IOException && cause.getMessage() != null
				&& cause.getMessage().toLowerCase().contains("unresolved")) {
			return "the host name could not be resolved";
		}
		return "network error (" + cause.getClass().getSimpleName() + ")";
	}

	private Duration connectTimeout() {
		return this.client.connectTimeout().orElse(Duration.ZERO);
	}

	private String noAnswerWithin() {
		return "no answer within " + Formatting.duration(this.requestTimeout);
	}

	/** Retry-After in seconds (an HTTP date is ignored); null when unreadable. */
	static Duration seconds(String value) {
		try {
			long seconds = Long.parseLong(value.trim());
			return (seconds >= 0) ? Duration.ofSeconds(seconds) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Printable text only, whitespace collapsed, at most {@value #EXCERPT} characters.
	 */
	static String excerpt(byte[] body) {
		if (body == null || body.length == 0) {
			return null;
		}
		String text = new String(body, StandardCharsets.UTF_8).replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
		return text.isEmpty() ? null : Formats.cut(text, EXCERPT);
	}

	@Override
	public void close() {
		this.client.close();
	}

}
