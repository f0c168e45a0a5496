package app.plexinvite.notify;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import app.plexinvite.invite.RequestCreated;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generic deliveries to a local receiver: signed so that an independent verifier accepts
 * them, retried with back-off after 500s, given up after the last retry, never following
 * a redirect, bounded by the timeout, claimed by one worker only.
 */
class DeliveryTests extends WebhooksAppFixture {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RequestCreated created(long id) {
		return new RequestCreated(id, "alice", "alice@example.com", true, null, null, this.clock.instant());
	}

	/** The receiver's side, written from the README and nothing in main. */
	private static boolean verifies(String secret, Receiver.Received request) throws Exception {
		String timestamp = request.header("X-PlexInvite-Timestamp");
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
		String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(request.body()));
		return java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				request.header("X-PlexInvite-Signature").getBytes(StandardCharsets.US_ASCII));
	}

	@Test
	void deliversASignedEventThatAnIndependentVerifierAccepts() throws Exception {
		Receiver receiver = receiver();
		long endpoint = generic(receiver.url("/hooks/plex"), EventType.REQUEST_CREATED);

		this.publisher.publishEvent(created(41));
		assertThat(receiver.received()).isEmpty();
		assertThat(this.worker.runOnce()).isEqualTo(1);

		Receiver.Received request = receiver.received().get(0);
		assertThat(receiver.received()).hasSize(1);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/hooks/plex");
		assertThat(request.header("Content-Type")).isEqualTo("application/json");
		assertThat(request.header("User-Agent")).startsWith("PlexInvite/");
		assertThat(request.header("X-PlexInvite-Event")).isEqualTo("request.created");
		assertThat(request.header("X-PlexInvite-Timestamp"))
			.isEqualTo(Long.toString(this.clock.instant().getEpochSecond()));
		assertThat(request.header("X-PlexInvite-Signature")).matches("sha256=[0-9a-f]{64}");
		assertThat(verifies(this.admin.secret(endpoint), request)).isTrue();
		assertThat(verifies("whsec_not-the-secret", request)).isFalse();

		JsonNode body = JSON.readTree(request.text());
		assertThat(body.get("id").asString()).isEqualTo(request.header("X-PlexInvite-Delivery"));
		assertThat(body.get("type").asString()).isEqualTo("request.created");
		assertThat(body.get("created_at").asString()).isEqualTo(this.clock.instant().toString());
		assertThat(body.get("schema_version").asInt()).isEqualTo(1);
		assertThat(body.get("data").get("request_id").asLong()).isEqualTo(41);
		assertThat(body.get("data").get("awaiting_approval").asBoolean()).isTrue();
		assertThat(body.get("data").has("link_id")).isTrue();

		Delivery delivery = only(endpoint);
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.DELIVERED);
		assertThat(delivery.lastStatusCode()).isEqualTo(200);
		assertThat(delivery.payload()).isEqualTo(request.text());
	}

	@Test
	void retriesAfter500sWithBackOffUntilTheReceiverAnswers() {
		Receiver receiver = receiver().answer(500, 503, 200);
		long endpoint = generic(receiver.url("/"), EventType.REQUEST_CREATED);
		this.publisher.publishEvent(created(42));

		this.worker.runOnce();
		Delivery first = only(endpoint);
		assertThat(first.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(first.attempts()).isEqualTo(1);
		assertThat(first.lastStatusCode()).isEqualTo(500);
		assertThat(first.lastError()).isEqualTo("the receiver answered HTTP 500");
		assertThat(first.lastResponse()).isNull();
		assertThat(first.nextAttemptAt()).isEqualTo(this.clock.instant().plusSeconds(30));

		this.clock.advance(Duration.ofSeconds(29));
		assertThat(this.worker.runOnce()).isZero();
		this.clock.advance(Duration.ofSeconds(1));
		this.worker.runOnce();
		assertThat(only(endpoint).nextAttemptAt()).isEqualTo(this.clock.instant().plus(Duration.ofMinutes(2)));

		this.clock.advance(Duration.ofMinutes(2));
		this.worker.runOnce();

		assertThat(receiver.received()).hasSize(3);
		assertThat(receiver.received()).extracting((request) -> request.header("X-PlexInvite-Delivery"))
			.containsOnly(first.eventId());
		Delivery delivered = only(endpoint);
		assertThat(delivered.status()).isEqualTo(DeliveryStatus.DELIVERED);
		assertThat(delivered.attempts()).isEqualTo(3);
		assertThat(endpoint(endpoint).consecutiveFailures()).isZero();
		assertThat(endpoint(endpoint).failingSince()).isNull();
	}

	@Test
	void givesUpAfterTheLastRetryOfTheSchedule() {
		Receiver receiver = receiver().always(500);
		long endpoint = generic(receiver.url("/"), EventType.REQUEST_CREATED);
		this.publisher.publishEvent(created(43));

		this.worker.runOnce();
		for (Duration wait : new Duration[] { Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10),
				Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4),
				Duration.ofHours(6) }) {
			assertThat(only(endpoint).nextAttemptAt()).isEqualTo(this.clock.instant().plus(wait));
			this.clock.advance(wait);
			this.worker.runOnce();
		}

		Delivery gaveUp = only(endpoint);
		assertThat(receiver.received()).hasSize(9);
		assertThat(gaveUp.status()).isEqualTo(DeliveryStatus.FAILED);
		assertThat(gaveUp.nextAttemptAt()).isNull();
		assertThat(gaveUp.lastResponse()).isEqualTo("{\"error\":\"down\"}");
		this.clock.advance(Duration.ofDays(1));
		this.worker.runOnce();
		assertThat(receiver.received()).hasSize(9);
	}

	@Test
	void neverFollowsARedirectToAnotherHost() {
		Receiver elsewhere = receiver();
		Receiver receiver = receiver().answer(302, Map.of("Location", elsewhere.url("/stolen")), "");
		long endpoint = generic(receiver.url("/"), EventType.REQUEST_CREATED);
		this.publisher.publishEvent(created(44));

		this.worker.runOnce();

		assertThat(receiver.received()).hasSize(1);
		assertThat(elsewhere.received()).isEmpty();
		Delivery delivery = only(endpoint);
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(delivery.lastStatusCode()).isEqualTo(302);
		assertThat(delivery.lastError()).isEqualTo("redirect not followed (HTTP 302)");
	}

	@Test
	void givesUpOnAReceiverThatNeverAnswersWithinTheTimeout() {
		Receiver receiver = receiver().hang();
		long endpoint = generic(receiver.url("/"), EventType.REQUEST_CREATED);
		this.publisher.publishEvent(created(45));

		long started = System.nanoTime();
		this.worker.runOnce();

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
		Delivery delivery = only(endpoint);
		assertThat(delivery.status()).isEqualTo(DeliveryStatus.PENDING);
		assertThat(delivery.lastStatusCode()).isNull();
		assertThat(delivery.lastError()).isEqualTo("no answer within 1 s");
	}

	@Test
	void twoWorkersAtOnceSendADeliveryOnce() throws Exception {
		Receiver receiver = receiver();
		long endpoint = generic(receiver.url("/"), EventType.REQUEST_CREATED);
		this.publisher.publishEvent(created(46));
		CountDownLatch start = new CountDownLatch(1);
		Callable<Integer> round = () -> {
			start.await();
			return this.worker.runOnce();
		};

		int attempts;
		try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
			Future<Integer> one = pool.submit(round);
			Future<Integer> two = pool.submit(round);
			start.countDown();
			attempts = one.get() + two.get();
		}

		assertThat(attempts).isEqualTo(1);
		assertThat(receiver.received()).hasSize(1);
		assertThat(only(endpoint).attempts()).isEqualTo(1);
	}

	@Test
	void aClaimedDeliveryIsNotClaimedAgainUntilItsLeaseRunsOut() {
		long endpoint = generic(receiver().url("/"), EventType.REQUEST_CREATED);
		this.publisher.publishEvent(created(47));
		long id = only(endpoint).id();

		assertThat(this.deliveries.claim(id, this.clock.instant(), this.clock.instant().plusSeconds(120))).isTrue();
		assertThat(this.deliveries.claim(id, this.clock.instant(), this.clock.instant().plusSeconds(120))).isFalse();
		assertThat(this.worker.runOnce()).isZero();

		this.clock.advance(Duration.ofSeconds(121));
		assertThat(this.worker.runOnce()).isEqualTo(1);
		assertThat(only(endpoint).status()).isEqualTo(DeliveryStatus.DELIVERED);
	}

}
