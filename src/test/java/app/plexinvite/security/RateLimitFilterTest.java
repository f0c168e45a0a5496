package app.plexinvite.security;

import java.time.Instant;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import app.plexinvite.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimitFilterTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));

	private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

	private final RateLimitFilter filter = new RateLimitFilter(limiter("2/minute"), limiter("3/hour"),
			limiter("4/hour"), new RateLimitRejections(this.meters), new MetricsAccess("scrape-token"));

	private RateLimiter limiter(String limits) {
		return new RateLimiter(RateLimit.parseAll(limits), this.clock, 100);
	}

	private double rejections(String limit) {
		return this.meters.get(RateLimitRejections.METER).tag("limit", limit).counter().count();
	}

	private MockHttpServletResponse send(MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		this.filter.doFilter(request, response, new MockFilterChain());
		return response;
	}

	private static MockHttpServletRequest request(String method, String path, String client) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.setRemoteAddr(client);
		return request;
	}

	@Test
	void answers429WithRetryAfterOnceAClientSentTooManyInviteRequests() throws Exception {
		assertThat(send(request("POST", "/", "203.0.113.1")).getStatus()).isEqualTo(200);
		assertThat(send(request("POST", "/", "203.0.113.1")).getStatus()).isEqualTo(200);

		MockHttpServletResponse refused = send(request("POST", "/", "203.0.113.1"));

		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
		assertThat(send(request("POST", "/", "203.0.113.2")).getStatus()).isEqualTo(200);
		assertThat(rejections("invite")).isEqualTo(1);
		assertThat(rejections("invite_total")).isZero();
	}

	@Test
	void capsInviteRequestsFromAllClientsTogether() throws Exception {
		for (int i = 1; i <= 3; i++) {
			assertThat(send(request("POST", "/", "203.0.113." + i)).getStatus()).isEqualTo(200);
		}
		MockHttpServletResponse refused = send(request("POST", "/", "203.0.113.99"));

		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getHeader("Retry-After")).isEqualTo("3600");
		assertThat(rejections("invite_total")).isEqualTo(1);
		assertThat(rejections("invite")).isZero();
	}

	@Test
	void countsInviteLinkPostsAsInviteRequests() throws Exception {
		assertThat(send(request("POST", "/i/abc/signin", "203.0.113.1")).getStatus()).isEqualTo(200);
		assertThat(send(request("POST", "/i/abc/username", "203.0.113.1")).getStatus()).isEqualTo(200);

		assertThat(send(request("POST", "/i/abc/signin", "203.0.113.1")).getStatus()).isEqualTo(429);
	}

	@Test
	void leavesTheSignInStatusThatPagesPollUncounted() throws Exception {
		for (int i = 0; i < 10; i++) {
			assertThat(send(request("GET", "/i/abc/status", "203.0.113.1")).getStatus()).isEqualTo(200);
			assertThat(send(request("GET", "/i/abc/welcome", "203.0.113.1")).getStatus()).isEqualTo(200);
		}
		for (int i = 0; i < 4; i++) {
			assertThat(send(request("GET", "/i/abc", "203.0.113.1")).getStatus()).isEqualTo(200);
		}
		assertThat(send(request("GET", "/i/abc", "203.0.113.1")).getStatus()).isEqualTo(429);
	}

	@Test
	void leavesTheRestApiToItsLimitPerKey() throws Exception {
		for (int i = 0; i < 10; i++) {
			assertThat(send(request("GET", "/api/v1/requests", "203.0.113.1")).getStatus()).isEqualTo(200);
			assertThat(send(request("POST", "/api/v1/requests", "203.0.113.1")).getStatus()).isEqualTo(200);
			assertThat(send(request("GET", "/webjars/swagger-ui/swagger-ui-bundle.js", "203.0.113.1")).getStatus())
				.isEqualTo(200);
		}
		for (int i = 0; i < 4; i++) {
			assertThat(send(request("GET", "/api/docs", "203.0.113.1")).getStatus()).isEqualTo(200);
		}
		assertThat(send(request("GET", "/api/docs", "203.0.113.1")).getStatus()).isEqualTo(429);
	}

	@Test
	void countsOtherPublicRoutesAgainstTheirOwnLimit() throws Exception {
		send(request("POST", "/", "203.0.113.1"));
		send(request("POST", "/", "203.0.113.1"));
		for (int i = 0; i < 4; i++) {
			assertThat(send(request("GET", "/requests/abc", "203.0.113.1")).getStatus()).isEqualTo(200);
		}
		assertThat(send(request("GET", "/admin/login", "203.0.113.1")).getStatus()).isEqualTo(429);
		assertThat(rejections("public")).isEqualTo(1);
	}

	@Test
	void neverCountsAMetricsScraperWithTheTokenButCountsWrongTokens() throws Exception {
		for (int i = 0; i < 10; i++) {
			MockHttpServletRequest scrape = request("GET", "/actuator/prometheus", "203.0.113.1");
			scrape.addHeader("Authorization", "Bearer scrape-token");
			assertThat(send(scrape).getStatus()).isEqualTo(200);
		}
		for (int i = 0; i < 4; i++) {
			MockHttpServletRequest guess = request("GET", "/actuator/prometheus", "203.0.113.1");
			guess.addHeader("Authorization", "Bearer guess-" + i);
			assertThat(send(guess).getStatus()).isEqualTo(200);
		}
		assertThat(send(request("GET", "/actuator/prometheus", "203.0.113.1")).getStatus()).isEqualTo(429);
	}

	@Test
	void countsTheScrapeTokenOnAnyOtherPath() throws Exception {
		for (int i = 0; i < 3; i++) {
			MockHttpServletRequest invite = request("POST", "/", "203.0.113.1");
			invite.addHeader("Authorization", "Bearer scrape-token");
			assertThat(send(invite).getStatus()).isEqualTo((i < 2) ? 200 : 429);
		}
	}

	@Test
	void neverCountsStaticAssetsOrHealthProbes() throws Exception {
		for (int i = 0; i < 10; i++) {
			for (String path : new String[] { "/css/app.css", "/js/theme.js", "/webjars/bootstrap/x.css",
					"/images/a.png", "/favicon.ico", "/actuator/health/liveness" }) {
				assertThat(send(request("GET", path, "203.0.113.1")).getStatus()).as(path).isEqualTo(200);
			}
		}
		assertThat(send(request("GET", "/", "203.0.113.1")).getStatus()).isEqualTo(200);
	}

	@Test
	void neverCountsTheSignedInOwner() throws Exception {
		var owner = UsernamePasswordAuthenticationToken.authenticated("owner", null,
				AuthorityUtils.createAuthorityList("ROLE_ADMIN"));
		for (int i = 0; i < 10; i++) {
			MockHttpServletRequest request = request("POST", "/", "203.0.113.1");
			request.getSession()
				.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
						new SecurityContextImpl(owner));
			assertThat(send(request).getStatus()).isEqualTo(200);
		}
	}

	@Test
	void countsAStrangerWithASessionButNoSignIn() throws Exception {
		for (int i = 0; i < 2; i++) {
			MockHttpServletRequest request = request("POST", "/", "203.0.113.1");
			request.getSession();
			send(request);
		}
		assertThat(send(request("POST", "/", "203.0.113.1")).getStatus()).isEqualTo(429);
	}

}
