package app.plexinvite.api;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static app.plexinvite.api.RequestsApiTests.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each key has its own bucket of {@value ApiTest#LIMIT} calls a minute in these tests.
 */
class ApiRateLimitTests extends ApiTest {

	@Autowired
	MeterRegistry meters;

	private double rejections(String limit) {
		return this.meters.get("plexinvite.rate.limit.rejections").tag("limit", limit).counter().count();
	}

	@Test
	void refusesCallsOverTheLimitUntilTheBucketFillsAgain() {
		double rejectedBefore = rejections("api_key");
		String key = key();
		for (int i = 0; i < LIMIT; i++) {
			MvcTestResult ok = get("/api/v1/profiles", key);
			assertThat(ok).hasStatusOk();
			assertThat(ok).headers().hasValue("RateLimit-Limit", String.valueOf(LIMIT));
			assertThat(ok).headers().hasValue("RateLimit-Remaining", String.valueOf(LIMIT - 1 - i));
		}

		MvcTestResult refused = get("/api/v1/profiles", key);

		assertProblem(refused, 429, "rate-limited");
		assertThat(refused).headers().hasValue("Retry-After", "2").hasValue("RateLimit-Remaining", "0");
		assertThat(rejections("api_key")).as("counted for /actuator/prometheus").isEqualTo(rejectedBefore + 1);
		assertThat(get("/api/v1/profiles", key())).as("another key has its own bucket").hasStatusOk();

		this.clock.advance(Duration.ofSeconds(2));
		assertThat(get("/api/v1/profiles", key)).hasStatusOk();
		assertProblem(get("/api/v1/profiles", key), 429, "rate-limited");
	}

	@Test
	void slowsDownAClientThatTriesWrongKeys() {
		double rejectedBefore = rejections("api_wrong_key");
		String wrong = "pik_" + "W".repeat(ApiKeys.RANDOM_CHARACTERS);
		for (int i = 0; i < ApiRateLimits.FAILURES_PER_MINUTE; i++) {
			assertThat(fromGuesser(wrong)).hasStatus(401);
		}

		MvcTestResult refused = fromGuesser(wrong);

		assertProblem(refused, 429, "rate-limited");
		assertThat(refused).headers().hasValue("Retry-After", "60");
		assertThat(rejections("api_wrong_key")).isEqualTo(rejectedBefore + 1);
		assertThat(this.mvc.get().uri("/api/v1/profiles").header("X-Api-Key", key()).with((request) -> {
			request.setRemoteAddr("198.51.100.77");
			return request;
		})).as("the right key from the same address still works").hasStatusOk();
		this.clock.advance(Duration.ofSeconds(3));
		assertThat(fromGuesser(wrong)).hasStatus(401);
	}

	@Test
	void countsWrongKeysFromOneIpv6NetworkTogether() {
		String wrong = "pik_" + "V".repeat(ApiKeys.RANDOM_CHARACTERS);
		for (int i = 1; i <= ApiRateLimits.FAILURES_PER_MINUTE; i++) {
			assertThat(from("2001:db8:1:2::" + Integer.toHexString(i), wrong)).hasStatus(401);
		}

		assertProblem(from("2001:db8:1:2::ffff", wrong), 429, "rate-limited");
		assertThat(from("2001:db8:1:3::1", wrong)).as("another /64").hasStatus(401);
	}

	private MvcTestResult from(String address, String key) {
		return this.mvc.get().uri("/api/v1/profiles").header("X-Api-Key", key).with((request) -> {
			request.setRemoteAddr(address);
			return request;
		}).exchange();
	}

	private MvcTestResult fromGuesser(String key) {
		return this.mvc.get().uri("/api/v1/profiles").header("X-Api-Key", key).with((request) -> {
			request.setRemoteAddr("198.51.100.77");
			return request;
		}).exchange();
	}

	@Test
	void readsLimitsLikeTheOtherRateLimitSettings() {
		ApiProperties properties = new ApiProperties("120/minute; 2000/Hour");

		assertThat(properties.limits()).containsExactly(new ApiProperties.Limit(120, Duration.ofMinutes(1)),
				new ApiProperties.Limit(2000, Duration.ofHours(1)));
		assertThat(new ApiProperties(null).limits())
			.containsExactly(new ApiProperties.Limit(120, Duration.ofMinutes(1)));
		assertThat("5/minute;20/hour").matches(ApiProperties.FORMAT);
		assertThat("5 per minute").doesNotMatch(ApiProperties.FORMAT);
		assertThat("0/minute").doesNotMatch(ApiProperties.FORMAT);
	}

}
