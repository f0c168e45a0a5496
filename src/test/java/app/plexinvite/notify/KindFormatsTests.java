package app.plexinvite.notify;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import app.plexinvite.invite.InviteFailed;
import app.plexinvite.invite.RequestCreated;
import app.plexinvite.invite.AccessGranted;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Discord and ntfy endpoints get their own formats, checked on the raw request: a Discord
 * execute-webhook message with one embed (and a 429's Retry-After followed), an ntfy
 * plain-text publish with Title, Tags, Priority and the access token.
 */
class KindFormatsTests extends WebhooksAppFixture {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void discordGetsAnEmbedWithTitleDescriptionColourTimeAndFields() {
		Receiver discord = receiver().answer(204);
		long endpoint = stored(EndpointKind.DISCORD, discord.url("/api/webhooks/1/abc"), null,
				EventType.REQUEST_CREATED);
		this.publisher
			.publishEvent(new RequestCreated(7, "bob", "bob@example.com", false, 3L, null, this.clock.instant()));

		this.worker.runOnce();

		Receiver.Received request = discord.received().get(0);
		assertThat(request.path()).isEqualTo("/api/webhooks/1/abc");
		assertThat(request.header("Content-Type")).isEqualTo("application/json");
		assertThat(request.header("X-PlexInvite-Signature")).isNull();
		JsonNode body = JSON.readTree(request.text());
		assertThat(body.get("username").asString()).isEqualTo("Plex Invite");
		JsonNode embed = body.get("embeds").get(0);
		assertThat(embed.get("title").asString()).isEqualTo("New request");
		assertThat(embed.get("description").asString()).isEqualTo("Bob asked for access.");
		assertThat(embed.get("color").asInt()).isEqualTo(0xE5A00D);
		assertThat(embed.get("timestamp").asString()).isEqualTo(this.clock.instant().toString());
		assertThat(embed.get("fields").get(0).get("name").asString()).isEqualTo("Request id");
		assertThat(embed.get("fields").get(0).get("value").asString()).isEqualTo("7");
		assertThat(embed.get("fields")).hasSize(5);
		assertThat(only(endpoint).status()).isEqualTo(DeliveryStatus.DELIVERED);
		assertThat(only(endpoint).lastStatusCode()).isEqualTo(204);
	}

	@Test
	void discordTextsAreCutToDiscordsLimitsAndItsTotal() {
		Receiver discord = receiver();
		stored(EndpointKind.DISCORD, discord.url("/api/webhooks/1/abc"), null, EventType.INVITE_FAILED);
		this.publisher.publishEvent(new InviteFailed(AccessGranted.Source.REQUEST, 9, "carol", null, "x".repeat(5000),
				null, this.clock.instant()));

		this.worker.runOnce();

		JsonNode embed = JSON.readTree(discord.received().get(0).text()).get("embeds").get(0);
		assertThat(embed.get("fields").get(3).get("value").asString()).hasSize(1024);
		int total = embed.get("title").asString().length() + embed.get("description").asString().length();
		for (JsonNode field : embed.get("fields")) {
			total += field.get("name").asString().length() + field.get("value").asString().length();
		}
		assertThat(total).isLessThanOrEqualTo(6000);
		assertThat(embed.get("description").asString()).hasSize(4096).endsWith("…");
	}

	@Test
	void aDiscordRateLimitIsRetriedWhenItsRetryAfterSays() {
		Receiver discord = receiver().answer(429, Map.of("Retry-After", "7"), "{\"retry_after\":7}");
		long endpoint = stored(EndpointKind.DISCORD, discord.url("/api/webhooks/1/abc"), null,
				EventType.REQUEST_CREATED);
		this.publisher.publishEvent(new RequestCreated(8, "dan", null, false, null, null, this.clock.instant()));

		this.worker.runOnce();

		Delivery limited = only(endpoint);
		assertThat(limited.lastStatusCode()).isEqualTo(429);
		assertThat(limited.nextAttemptAt()).isEqualTo(this.clock.instant().plusSeconds(7));
		this.clock.advance(Duration.ofSeconds(7));
		this.worker.runOnce();
		assertThat(only(endpoint).status()).isEqualTo(DeliveryStatus.DELIVERED);
	}

	@Test
	void aRetryAfterOnAnyOtherFailureLeavesTheBackOffAlone() {
		Receiver failing = receiver().answer(500, Map.of("Retry-After", "0"), "oops");
		long endpoint = stored(EndpointKind.DISCORD, failing.url("/api/webhooks/1/abc"), null,
				EventType.REQUEST_CREATED);
		this.publisher.publishEvent(new RequestCreated(9, "eve", null, false, null, null, this.clock.instant()));

		this.worker.runOnce();

		assertThat(only(endpoint).nextAttemptAt()).isEqualTo(this.clock.instant().plusSeconds(30));
	}

	@Test
	void ntfyGetsPlainTextWithTitleTagsPriorityAndTheToken() {
		Receiver ntfy = receiver();
		stored(EndpointKind.NTFY, ntfy.url("/plex-invite"), "tk_secret123", EventType.INVITE_FAILED);
		this.publisher.publishEvent(new InviteFailed(AccessGranted.Source.LINK, 5, "erin", "erin@example.com",
				"Plex does not know this account", null, this.clock.instant()));

		this.worker.runOnce();

		Receiver.Received request = ntfy.received().get(0);
		assertThat(request.path()).isEqualTo("/plex-invite");
		assertThat(request.header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
		assertThat(request.header("Title")).isEqualTo("Invite failed");
		assertThat(request.header("Tags")).isEqualTo("warning,plex-invite,invite.failed");
		assertThat(request.header("Priority")).isEqualTo("4");
		assertThat(request.header("Authorization")).isEqualTo("Bearer tk_secret123");
		assertThat(request.text()).isEqualTo("The invite for erin failed: Plex does not know this account");
	}

	@Test
	void ntfyWithoutATokenSendsNoAuthorization() {
		Receiver ntfy = receiver();
		stored(EndpointKind.NTFY, ntfy.url("/topic"), null, EventType.USER_EXPIRED);
		this.publisher
			.publishEvent(TestEvents.ended(3, "frank", app.plexinvite.users.PersonState.EXPIRED, this.clock.instant()));

		this.worker.runOnce();

		assertThat(ntfy.received().get(0).header("Authorization")).isNull();
		assertThat(ntfy.received().get(0).header("Title")).isEqualTo("Access expired");
	}

}
