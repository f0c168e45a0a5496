package app.plexinvite.api;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import app.plexinvite.support.MutableClock;

/**
 * The clock the API tests move: keys' last use and the rate limit's buckets follow it.
 */
@TestConfiguration(proxyBeanMethods = false)
class ApiTestClock {

	@Bean
	@Primary
	MutableClock testClock() {
		return new MutableClock(ApiTest.START);
	}

}
