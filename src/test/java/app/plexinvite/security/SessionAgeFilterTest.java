package app.plexinvite.security;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import app.plexinvite.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class SessionAgeFilterTest {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));

	private MockHttpSession pass(MockHttpSession session) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/admin");
		request.setSession(session);
		new SessionAgeFilter(this.clock, (name, signedInAt) -> true).doFilter(request, new MockHttpServletResponse(),
				new MockFilterChain());
		return session;
	}

	private MockHttpSession signedInNow() {
		MockHttpSession session = new MockHttpSession();
		session.setAttribute(SignInHandlers.SIGNED_IN_AT, this.clock.instant());
		return session;
	}

	@Test
	void keepsASessionYoungerThanTwelveHours() throws Exception {
		MockHttpSession session = signedInNow();
		this.clock.advance(Duration.ofHours(12).minusSeconds(1));

		assertThat(pass(session).isInvalid()).isFalse();
	}

	@Test
	void endsASessionSignedInTwelveHoursAgoHoweverActive() throws Exception {
		MockHttpSession session = signedInNow();
		this.clock.advance(Duration.ofHours(12));

		assertThat(pass(session).isInvalid()).isTrue();
	}

}
