package app.plexinvite.notify;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Pieces of the request formats that need no receiver. */
class FormatsTest {

	@Test
	void encodesNonAsciiHeaderTextTheWayNtfyDecodesIt() {
		assertThat(Formats.headerText("Invite sent")).isEqualTo("Invite sent");
		assertThat(Formats.headerText("Zugang für Jörg")).isEqualTo("=?UTF-8?B?WnVnYW5nIGbDvHIgSsO2cmc=?=");
	}

	@Test
	void keepsAnswersShortAndPrintable() {
		assertThat(WebhookHttp.excerpt("line\r\n\tnext\u0000".getBytes())).isEqualTo("line next");
		assertThat(WebhookHttp.excerpt("x".repeat(500).getBytes())).hasSize(WebhookHttp.EXCERPT);
		assertThat(WebhookHttp.excerpt(new byte[0])).isNull();
	}

	@Test
	void readsRetryAfterInSecondsOnly() {
		assertThat(WebhookHttp.seconds(" 7 ")).hasSeconds(7);
		assertThat(WebhookHttp.seconds("Wed, 21 Oct 2026 07:28:00 GMT")).isNull();
	}

	@Test
	void signsAGenericDeliveryWithTheAttemptsTimestamp() {
		Endpoint endpoint = new Endpoint(1, "n", EndpointKind.GENERIC, "https://x.example/h", Set.of(), false, true,
				null, null, 0, null, null, Instant.EPOCH, Instant.EPOCH);
		Delivery delivery = new Delivery(2, 1, "e-1", "test", "{\"id\":\"e-1\"}", DeliveryStatus.SENDING, 1, null, null,
				null, null, null, Instant.EPOCH, null);

		OutgoingRequest request = Formats.generic(endpoint, delivery, "whsec_k", Instant.ofEpochSecond(1700000000L));

		assertThat(request.headers()).containsEntry("X-PlexInvite-Timestamp", "1700000000")
			.containsEntry("X-PlexInvite-Delivery", "e-1")
			.containsEntry("X-PlexInvite-Event", "test")
			.containsEntry("X-PlexInvite-Signature",
					Signature.sign("whsec_k", 1700000000L, "{\"id\":\"e-1\"}".getBytes()));
		assertThat(request.bodyText()).isEqualTo("{\"id\":\"e-1\"}");
	}

}
