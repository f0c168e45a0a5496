package app.plexinvite.notify;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.plexinvite.invite.Invitations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * From a feature's change to the owner's receiver: requests typed on the public form,
 * then approved or denied by the owner, arrive as signed deliveries with their data.
 */
class EventsReachWebhooksTests extends WebhooksAppFixture {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	Invitations invitations;

	@BeforeEach
	void approvalRequired() {
		this.jdbc.sql("DELETE FROM invite_setting").update();
		this.invitations.requireApproval(true);
	}

	private JsonNode ask(Receiver receiver, String identifier) {
		int before = receiver.received().size();
		assertThat(this.mvc.post()
			.uri("/")
			.header("Accept-Language", "de-DE")
			.param("identifier", identifier)
			.with(csrf())
			.exchange()).hasStatus3xxRedirection();
		assertThat(this.worker.runOnce()).isEqualTo(1);
		List<Receiver.Received> received = receiver.received();
		assertThat(received).hasSize(before + 1);
		return JSON.readTree(received.get(before).text());
	}

	private JsonNode next(Receiver receiver) {
		int before = receiver.received().size();
		assertThat(this.worker.runOnce()).isEqualTo(1);
		assertThat(receiver.received()).hasSize(before + 1);
		return JSON.readTree(receiver.received().get(before).text());
	}

	@Test
	void aRequestAndTheOwnersDecisionsReachTheReceiver() {
		Receiver receiver = receiver();
		generic(receiver.url("/hook"), EventType.REQUEST_CREATED, EventType.REQUEST_APPROVED, EventType.REQUEST_DENIED);

		JsonNode created = ask(receiver, "webhook.friend@example.com");
		assertThat(created.get("type").asString()).isEqualTo("request.created");
		assertThat(created.get("data").get("awaiting_approval").asBoolean()).isTrue();
		long first = created.get("data").get("request_id").asLong();

		this.invitations.approve(first);
		JsonNode approved = next(receiver);
		assertThat(approved.get("type").asString()).isEqualTo("request.approved");
		assertThat(approved.get("data").get("request_id").asLong()).isEqualTo(first);

		long second = ask(receiver, "other.friend@example.com").get("data").get("request_id").asLong();
		this.invitations.deny(second, "Only family for now");
		JsonNode denied = next(receiver);
		assertThat(denied.get("type").asString()).isEqualTo("request.denied");
		assertThat(denied.get("data").get("request_id").asLong()).isEqualTo(second);
		assertThat(denied.toString()).contains("Only family for now");
		assertThat(this.worker.runOnce()).as("nothing else is waiting").isZero();
	}

}
