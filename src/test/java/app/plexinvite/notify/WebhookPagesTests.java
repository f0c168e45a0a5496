package app.plexinvite.notify;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.invite.RequestCreated;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * The owner's webhook pages over MockMvc: register (422 with field errors for bad input),
 * the list, the secret, a test event through the real pipeline, retry, rotate, disable
 * shown on the dashboard and enable, delete; every POST needs CSRF and is audited.
 */
class WebhookPagesTests extends WebhooksAppFixture {

	@Autowired
	MockMvcTester mvc;

	private MvcTestResult post(String uri, String... fields) {
		var request = this.mvc.post().uri(uri).with(user("owner").roles("ADMIN")).with(csrf()).accept("text/html");
		for (int i = 0; i < fields.length; i += 2) {
			request = request.param(fields[i], fields[i + 1]);
		}
		return request.exchange();
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).with(user("owner").roles("ADMIN")).accept("text/html").exchange();
	}

	private long created(String name, String url, String... events) {
		String[] fields = new String[6 + events.length * 2];
		System.arraycopy(new String[] { "name", name, "kind", "GENERIC", "url", url }, 0, fields, 0, 6);
		for (int i = 0; i < events.length; i++) {
			fields[6 + i * 2] = "events";
			fields[7 + i * 2] = events[i];
		}
		MvcTestResult result = post("/admin/webhooks", fields);
		assertThat(result).hasStatus3xxRedirection();
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private List<String> audited() {
		return this.jdbc.sql("SELECT action FROM audit_entry WHERE action LIKE 'WEBHOOK%' ORDER BY id")
			.query(String.class)
			.list();
	}

	@Test
	void registersAnEndpointShowsItsSecretAndListsIt() {
		long id = created("Home Assistant", "https://ha.example.com/api/webhook/plex", "REQUEST_CREATED",
				"INVITE_SENT");

		assertThat(get("/admin/webhooks")).hasStatusOk()
			.bodyText()
			.contains("Home Assistant", "ha.example.com", "2 of 10", "Enabled", "None yet", "Webhooks");
		assertThat(get("/admin/webhooks/" + id)).hasStatusOk()
			.bodyText()
			.contains(this.admin.secret(id), "request.created, invite.sent", "Send test event", "Rotate secret",
					"Nothing delivered yet");
		assertThat(this.admin.secret(id)).startsWith("whsec_").hasSizeGreaterThanOrEqualTo(6 + 43);
		assertThat(endpoint(id).events()).containsExactlyInAnyOrder(EventType.REQUEST_CREATED, EventType.INVITE_SENT);
		assertThat(audited()).contains("WEBHOOK_CREATED");
	}

	@Test
	void everyWordOnThePagesHasAMessage() {
		Receiver receiver = receiver().answer(500);
		long id = created("Local", receiver.url("/in"), "REQUEST_CREATED");
		this.admin.sendTest(id);

		for (String uri : new String[] { "/admin/webhooks", "/admin/webhooks/new", "/admin/webhooks/" + id,
				"/admin/webhooks/" + id + "/edit" }) {
			assertThat(get(uri)).as(uri).hasStatusOk().bodyText().doesNotContain("??");
		}
	}

	@Test
	void pagesTheDeliveryLog() {
		long id = created("Busy", "https://busy.example.com/in", "REQUEST_CREATED");
		for (int i = 0; i < WebhooksController.LOG_PAGE + 2; i++) {
			this.publisher
				.publishEvent(new RequestCreated(i, "user" + i, null, false, null, null, this.clock.instant()));
		}
		long oldest = log(id).get(log(id).size() - 1).id();
		long lastOnFirstPage = log(id).get(WebhooksController.LOG_PAGE - 1).id();

		assertThat(get("/admin/webhooks/" + id)).bodyText().contains("Older deliveries", "before=" + lastOnFirstPage);
		assertThat(get("/admin/webhooks/" + id + "?before=" + lastOnFirstPage)).bodyText()
			.doesNotContain("Older deliveries")
			.contains("/deliveries/" + oldest + "/retry");
	}

	@Test
	void refusesBadInputWith422AndKeepsWhatWasTyped() {
		assertThat(post("/admin/webhooks", "name", "", "kind", "GENERIC", "url", "ftp://x.example/in")).hasStatus(422)
			.bodyText()
			.contains("Give the endpoint a name.", "Type a full http:// or https:// address",
					"Choose at least one event.", "ftp://x.example/in");
		assertThat(post("/admin/webhooks", "name", "Chat", "kind", "DISCORD", "url",
				"https://evil.example/api/webhooks/1", "events", "REQUEST_CREATED"))
			.hasStatus(422)
			.bodyText()
			.contains("A Discord endpoint needs the channel’s webhook address");
		assertThat(post("/admin/webhooks", "name", "Pw", "kind", "GENERIC", "url", "https://u:p@x.example/", "events",
				"REQUEST_CREATED"))
			.hasStatus(422)
			.bodyText()
			.contains("Leave the user name and password out");
		assertThat(this.endpoints.all()).isEmpty();
	}

	@Test
	void everyPostNeedsCsrf() {
		long id = created("Home", "https://ha.example.com/in", "REQUEST_CREATED");

		for (String uri : new String[] { "/admin/webhooks", "/admin/webhooks/" + id + "/test",
				"/admin/webhooks/" + id + "/delete", "/admin/webhooks/" + id + "/rotate" }) {
			assertThat(this.mvc.post().uri(uri).with(user("owner").roles("ADMIN")).param("name", "x").exchange())
				.as(uri)
				.hasStatus(403);
		}
		assertThat(this.endpoints.find(id)).isPresent();
	}

	@Test
	void sendsATestEventAtOnceAndLogsIt() {
		Receiver receiver = receiver();
		long id = created("Local", receiver.url("/in"), "REQUEST_CREATED");

		assertThat(post("/admin/webhooks/" + id + "/test")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("success", "webhooks.test.delivered");

		assertThat(receiver.received()).singleElement()
			.satisfies((request) -> assertThat(request.header("X-PlexInvite-Event")).isEqualTo("test"));
		assertThat(get("/admin/webhooks/" + id)).bodyText().contains("test", "Delivered", "200");
		assertThat(get("/admin/webhooks")).bodyText().contains("Delivered (200)");
		assertThat(audited()).contains("WEBHOOK_TESTED");
	}

	@Test
	void retriesAFailedDeliveryWhenTheOwnerAsks() {
		Receiver receiver = receiver().answer(500);
		long id = created("Local", receiver.url("/in"), "REQUEST_CREATED");
		this.publisher.publishEvent(new RequestCreated(1, "alice", null, false, null, null, this.clock.instant()));
		this.worker.runOnce();
		Delivery failed = only(id);
		assertThat(get("/admin/webhooks/" + id)).bodyText().contains("the receiver answered HTTP 500", "Retry now");

		assertThat(post("/admin/webhooks/" + id + "/deliveries/" + failed.id() + "/retry")).hasStatus3xxRedirection()
			.flash()
			.containsEntry("success", "webhooks.retry.delivered");

		assertThat(receiver.received()).hasSize(2);
		assertThat(only(id).status()).isEqualTo(DeliveryStatus.DELIVERED);
		assertThat(post("/admin/webhooks/" + (id + 1000) + "/deliveries/" + failed.id() + "/retry")).hasStatus(404);
		assertThat(audited()).contains("WEBHOOK_DELIVERY_RETRIED");
	}

	@Test
	void rotatesTheSecretEditsAndDeletes() {
		long id = created("Home", "https://ha.example.com/in", "REQUEST_CREATED");
		String before = this.admin.secret(id);

		assertThat(post("/admin/webhooks/" + id + "/rotate")).hasStatus3xxRedirection();
		assertThat(this.admin.secret(id)).isNotEqualTo(before).startsWith("whsec_");

		assertThat(post("/admin/webhooks/" + id, "name", "Phone", "kind", "NTFY", "url", "https://ntfy.sh/plex-x",
				"events", "USER_EXPIRING", "token", "tk_abc"))
			.hasStatus3xxRedirection();
		Endpoint edited = endpoint(id);
		assertThat(edited.kind()).isEqualTo(EndpointKind.NTFY);
		assertThat(edited.hasToken()).isTrue();
		assertThat(get("/admin/webhooks/" + id + "/edit")).bodyText()
			.contains("A token is stored")
			.doesNotContain("tk_abc");

		assertThat(post("/admin/webhooks/" + id + "/delete")).hasStatus3xxRedirection();
		assertThat(this.endpoints.find(id)).isEmpty();
		assertThat(get("/admin/webhooks/" + id)).hasStatus(404);
		assertThat(audited()).contains("WEBHOOK_SECRET_ROTATED", "WEBHOOK_EDITED", "WEBHOOK_DELETED");
	}

	@Test
	void theDashboardNamesADisabledEndpointUntilItIsEnabledAgain() {
		long id = created("Broken", "https://broken.example.com/in", "REQUEST_CREATED");
		this.endpoints.disable(id, "10 failed attempts in a row", this.clock.instant());

		assertThat(get("/admin")).bodyText().contains("were disabled because their deliveries kept failing", "Broken");
		assertThat(get("/admin/webhooks/" + id)).bodyText().contains("10 failed attempts in a row", "Enable again");

		assertThat(post("/admin/webhooks/" + id + "/enable")).hasStatus3xxRedirection();

		assertThat(endpoint(id).enabled()).isTrue();
		assertThat(get("/admin")).bodyText().doesNotContain("were disabled because their deliveries kept failing");
		assertThat(audited()).contains("WEBHOOK_ENABLED");
	}

}
