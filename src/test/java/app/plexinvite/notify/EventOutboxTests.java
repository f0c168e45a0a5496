package app.plexinvite.notify;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import app.plexinvite.invite.AccessGranted;
import app.plexinvite.invite.InviteFailed;
import app.plexinvite.invite.RequestCreated;
import app.plexinvite.invite.RequestDecided;
import app.plexinvite.links.LinkRedeemed;
import app.plexinvite.users.PersonJoined;
import app.plexinvite.users.PersonState;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The listener stores one delivery per subscribed, enabled endpoint (none for the
 * others), only once the publisher's transaction committed, and every event type gets its
 * documented payload.
 */
class EventOutboxTests extends WebhooksAppFixture {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	TransactionTemplate transactions;

	private RequestCreated created() {
		return new RequestCreated(1, "alice", null, false, null, null, this.clock.instant());
	}

	@Test
	void storesOneDeliveryPerSubscribedEnabledEndpoint() {
		long subscribed = generic("https://a.example.com/hook", EventType.REQUEST_CREATED);
		long alsoSubscribed = generic("https://b.example.com/hook");
		long otherEvents = generic("https://c.example.com/hook", EventType.INVITE_SENT);
		long disabled = generic("https://d.example.com/hook", EventType.REQUEST_CREATED);
		this.endpoints.disable(disabled, "by the test", this.clock.instant());

		this.publisher.publishEvent(created());

		assertThat(log(subscribed)).hasSize(1);
		assertThat(log(alsoSubscribed)).hasSize(1);
		assertThat(log(otherEvents)).isEmpty();
		assertThat(log(disabled)).isEmpty();
		assertThat(only(subscribed).payload()).isEqualTo(only(alsoSubscribed).payload());
		assertThat(only(subscribed).eventId()).isEqualTo(only(alsoSubscribed).eventId());
		assertThat(only(subscribed).status()).isEqualTo(DeliveryStatus.PENDING);
	}

	@Test
	void storesWithThePublishersTransactionAndNothingWhenItRolledBack() {
		long endpoint = generic("https://a.example.com/hook", EventType.REQUEST_CREATED);

		this.transactions.executeWithoutResult((status) -> this.publisher.publishEvent(created()));
		assertThat(log(endpoint)).hasSize(1);

		this.transactions.executeWithoutResult((status) -> {
			this.publisher.publishEvent(created());
			status.setRollbackOnly();
		});
		assertThat(log(endpoint)).hasSize(1);
	}

	@Test
	void everyEventTypeHasItsDocumentedPayload() {
		long endpoint = generic("https://a.example.com/hook");
		Instant at = this.clock.instant();
		List<Object> published = List.of(new RequestCreated(1, "alice", "a@example.com", true, 2L, null, at),
				new RequestDecided(1, "alice", null, true, null, null, at),
				new RequestDecided(2, "bob", null, false, "Not today", null, at), TestEvents.granted(3, "carol", at),
				new InviteFailed(AccessGranted.Source.REQUEST, 4, "dan", null, "unknown account", null, at),
				new PersonJoined(5, "erin", null, null, at), new LinkRedeemed(6, "Family", 7, 8, "frank", null, 2, at),
				TestEvents.expiring(9, "gina", at), TestEvents.ended(10, "hal", PersonState.EXPIRED, at),
				TestEvents.ended(11, "ivy", PersonState.REVOKED, at));

		published.forEach(this.publisher::publishEvent);

		Map<String, JsonNode> byType = log(endpoint).stream()
			.map((delivery) -> JSON.readTree(delivery.payload()))
			.collect(Collectors.toMap((body) -> body.get("type").asString(), Function.identity()));
		assertThat(byType.keySet())
			.containsExactlyInAnyOrderElementsOf(EventType.subscribable().stream().map(EventType::wireName).toList());
		assertFields(byType.get("request.created"), "request_id", "identifier", "email", "awaiting_approval",
				"link_id");
		assertFields(byType.get("request.approved"), "request_id", "identifier", "email", "deny_reason");
		assertFields(byType.get("request.denied"), "request_id", "identifier", "email", "deny_reason");
		assertThat(byType.get("request.denied").get("data").get("deny_reason").asString()).isEqualTo("Not today");
		assertFields(byType.get("invite.sent"), "source", "record_id", "label", "plex_account_id", "username", "email",
				"accepted", "profile_id", "access_ends_at");
		assertThat(byType.get("invite.sent").get("data").get("source").asString()).isEqualTo("link");
		assertFields(byType.get("invite.failed"), "source", "record_id", "identifier", "email", "reason");
		assertFields(byType.get("invite.accepted"), "person_id", "name", "email");
		assertFields(byType.get("link.redeemed"), "link_id", "label", "redemption_id", "plex_account_id", "username",
				"email", "uses_left");
		assertFields(byType.get("user.expiring"), "person_id", "name", "email", "ends_at");
		assertFields(byType.get("user.expired"), "person_id", "name", "email");
		assertFields(byType.get("user.revoked"), "person_id", "name", "email");
		byType.values().forEach((body) -> {
			assertThat(body.propertyNames()).containsExactly("id", "type", "created_at", "schema_version", "data");
			assertThat(body.get("id").asString()).matches("[0-9a-f-]{36}");
			assertThat(body.get("schema_version").asInt()).isEqualTo(1);
		});
	}

	private static void assertFields(JsonNode body, String... fields) {
		assertThat(body.get("data").propertyNames()).containsExactly(fields);
	}

}
