package app.plexinvite.notify;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** Pieces of the request formats that need no receiver. */
class FormatsTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void encodesNonAsciiHeaderTextTheWayNtfyDecodesIt() {
		assertThat(Formats.headerText("Invite sent")).isEqualTo("Invite sent");
		assertThat(Formats.headerText("Zugang für Jörg")).isEqualTo("=?UTF-8?B?WnVnYW5nIGbDvHIgSsO2cmc=?=");
	}

	@Test
	void letsADiscordDescriptionGiveWayToStayWithinSixThousandCharacters() {
		Endpoint endpoint = new Endpoint(1, "n", EndpointKind.DISCORD, "https://discord.com/api/webhooks/1/a", Set.of(),
				false, true, null, null, 0, null, null, Instant.EPOCH, Instant.EPOCH);
		Notification wordy = Notification.of(EventType.INVITE_FAILED, Instant.EPOCH,
				Notification.data("reason", "r".repeat(5000), "a", "a".repeat(1000), "b", "b".repeat(1000)));
		Delivery delivery = new Delivery(2, 1, wordy.id(), "invite.failed", wordy.json(), DeliveryStatus.SENDING, 1,
				null, null, null, null, null, Instant.EPOCH, null);

		JsonNode embed = JSON.readTree(Formats.discord(endpoint, delivery).bodyText()).get("embeds").get(0);

		int total = embed.get("title").asString().length() + embed.get("description").asString().length();
		for (JsonNode field : embed.get("fields")) {
			total += field.get("name").asString().length() + field.get("value").asString().length();
		}
		assertThat(total).isEqualTo(Formats.EMBED_TOTAL);
		assertThat(embed.get("description").asString()).endsWith("…");
	}

	@Test
	void letsNoNameInADiscordMessagePingAnyone() {
		Endpoint endpoint = new Endpoint(1, "n", EndpointKind.DISCORD, "https://discord.com/api/webhooks/1/a", Set.of(),
				false, true, null, null, 0, null, null, Instant.EPOCH, Instant.EPOCH);
		Notification joined = Notification.of(EventType.INVITE_ACCEPTED, Instant.EPOCH,
				Notification.data("username", "@everyone"));
		Delivery delivery = new Delivery(2, 1, joined.id(), "invite.accepted", joined.json(), DeliveryStatus.SENDING, 1,
				null, null, null, null, null, Instant.EPOCH, null);

		JsonNode message = JSON.readTree(Formats.discord(endpoint, delivery).bodyText());

		assertThat(message.get("allowed_mentions").get("parse").isArray()).isTrue();
		assertThat(message.get("allowed_mentions").get("parse")).isEmpty();
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
