package app.plexinvite.notify;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.core.simple.JdbcClient;

import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/** The endpoint and delivery tables on both databases: every statement once. */
class WebhookStoreTests {

	private static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	@TempDir
	Path folder;

	private JdbcClient jdbc(String vendor) {
		DataSource dataSource = vendor.equals("sqlite") ? TestSqlite.dataSource(this.folder.resolve("w.db"))
				: TestPostgres.freshDatabase();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
		return JdbcClient.create(dataSource);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void storesEndpointsTheirTokensAndTheirState(String vendor) {
		Endpoints endpoints = new Endpoints(jdbc(vendor));
		long id = endpoints.insert("Phone", EndpointKind.NTFY, "https://ntfy.sh/t", Set.of(EventType.USER_EXPIRING),
				"sealed-secret", "sealed-token", NOW);

		assertThat(endpoints.find(id).orElseThrow().hasToken()).isTrue();
		assertThat(endpoints.update(id, "Phone 2", EndpointKind.NTFY, "https://ntfy.sh/u", Set.of(EventType.TEST),
				false, null, NOW))
			.isTrue();
		assertThat(endpoints.sealedToken(id)).hasValue("sealed-token");
		assertThat(
				endpoints.update(id, "Phone 2", EndpointKind.GENERIC, "https://x.example/", Set.of(), true, null, NOW))
			.isTrue();
		assertThat(endpoints.sealedToken(id)).isEmpty();
		assertThat(endpoints.sealedSecret(id)).hasValue("sealed-secret");

		endpoints.recordFailure(id, NOW);
		endpoints.recordFailure(id, NOW.plusSeconds(60));
		Endpoint failing = endpoints.find(id).orElseThrow();
		assertThat(failing.consecutiveFailures()).isEqualTo(2);
		assertThat(failing.failingSince()).isEqualTo(NOW);
		assertThat(endpoints.disable(id, "failing", NOW)).isTrue();
		assertThat(endpoints.disable(id, "again", NOW)).isFalse();
		assertThat(endpoints.enabled()).isEmpty();
		assertThat(endpoints.disabled()).extracting(Endpoint::disabledReason).containsExactly("failing");
		assertThat(endpoints.enable(id, NOW)).isTrue();
		assertThat(endpoints.find(id).orElseThrow().consecutiveFailures()).isZero();
		assertThat(endpoints.delete(id)).isTrue();
		assertThat(endpoints.all()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void aReleasedClaimIsDueAtOnceForAnotherWorker(String vendor) {
		JdbcClient jdbc = jdbc(vendor);
		Deliveries deliveries = new Deliveries(jdbc);
		long endpoint = new Endpoints(jdbc).insert("Hook", EndpointKind.GENERIC, "https://x.example/", Set.of(), "s",
				null, NOW);
		long id = deliveries.insert(endpoint, "e-1", "test", "{}", NOW);
		assertThat(deliveries.claim(id, NOW, NOW.plusSeconds(120))).isTrue();
		Delivery released = deliveries.find(id).orElseThrow();
		assertThat(deliveries.due(NOW.plusSeconds(1), 10)).as("held").isEmpty();

		assertThat(deliveries.release(id, NOW.plusSeconds(60), NOW)).as("not this claim").isFalse();
		assertThat(deliveries.release(id, NOW.plusSeconds(120), NOW)).isTrue();

		assertThat(deliveries.due(NOW, 10)).containsExactly(id);
		assertThat(deliveries.claim(id, NOW, NOW.plusSeconds(120))).as("taken over at once").isTrue();
		assertThat(deliveries.delivered(released, 200, "ok", NOW)).as("the released claim records nothing").isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void claimsSendsRetriesAndPagesDeliveries(String vendor) {
		JdbcClient jdbc = jdbc(vendor);
		Endpoints endpoints = new Endpoints(jdbc);
		Deliveries deliveries = new Deliveries(jdbc);
		long endpoint = endpoints.insert("Hook", EndpointKind.GENERIC, "https://x.example/", Set.of(), "s", null, NOW);
		long first = deliveries.insert(endpoint, "e-1", "test", "{}", NOW);
		long second = deliveries.insert(endpoint, "e-2", "test", "{}", NOW);

		assertThat(deliveries.due(NOW, 10)).containsExactly(first, second);
		assertThat(deliveries.claim(first, NOW, NOW.plusSeconds(120))).isTrue();
		assertThat(deliveries.claim(first, NOW, NOW.plusSeconds(120))).isFalse();
		Delivery claimed = deliveries.find(first).orElseThrow();
		assertThat(deliveries.failed(claimed, 500, "HTTP 500", "down", NOW.plusSeconds(30))).isTrue();
		assertThat(deliveries.failed(claimed, 500, "again", null, null)).isFalse();
		assertThat(deliveries.due(NOW, 10)).containsExactly(second);
		assertThat(deliveries.requeue(first, NOW)).isTrue();
		assertThat(deliveries.claim(first, NOW, NOW.plusSeconds(120))).isTrue();
		assertThat(deliveries.delivered(deliveries.find(first).orElseThrow(), 204, null, NOW)).isTrue();
		assertThat(deliveries.requeue(first, NOW)).isFalse();

		assertThat(deliveries.lastAttempted()).containsOnlyKeys(endpoint);
		assertThat(deliveries.lastAttempted().get(endpoint).status()).isEqualTo(DeliveryStatus.DELIVERED);
		assertThat(deliveries.log(endpoint, null, 1)).extracting(Delivery::id).containsExactly(second);
		assertThat(deliveries.log(endpoint, second, 5)).extracting(Delivery::id).containsExactly(first);
		assertThat(deliveries.failWaiting(endpoint, "disabled")).isEqualTo(1);
		assertThat(deliveries.find(second).orElseThrow().status()).isEqualTo(DeliveryStatus.FAILED);
		endpoints.disable(endpoint, "x", NOW);
		deliveries.requeue(second, NOW);
		assertThat(deliveries.due(NOW, 10)).isEmpty();
	}

}
