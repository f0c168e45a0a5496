package app.plexinvite.security;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientAddressFilterTest {

	private HttpServletRequest pass(String trusted, MockHttpServletRequest request) throws Exception {
		MockFilterChain chain = new MockFilterChain();
		new ClientAddressFilter(TrustedProxies.parse(trusted)).doFilter(request, new MockHttpServletResponse(), chain);
		return (HttpServletRequest) chain.getRequest();
	}

	private static MockHttpServletRequest from(String peer, String forwardedFor, String proto) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setRemoteAddr(peer);
		if (forwardedFor != null) {
			request.addHeader("X-Forwarded-For", forwardedFor);
		}
		if (proto != null) {
			request.addHeader("X-Forwarded-Proto", proto);
		}
		return request;
	}

	@Test
	void takesTheTcpPeerAndIgnoresForwardingHeadersWhenNoProxyIsTrusted() throws Exception {
		HttpServletRequest seen = pass("", from("198.51.100.9", "203.0.113.7", "https"));

		assertThat(ClientAddress.of(seen)).isEqualTo("198.51.100.9");
		assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.9");
		assertThat(seen.isSecure()).isFalse();
		assertThat(seen.getAttribute(ClientAddressFilter.CONTAINER_SECURE_ATTRIBUTE)).isNull();
	}

	@Test
	void ignoresAForgedHeaderFromAPeerOutsideTheTrustedList() throws Exception {
		HttpServletRequest seen = pass("172.18.0.2", from("172.18.0.3", "203.0.113.7", "https"));

		assertThat(ClientAddress.of(seen)).isEqualTo("172.18.0.3");
		assertThat(seen.isSecure()).isFalse();
	}

	@Test
	void believesATrustedProxyAndTakesTheRightMostUntrustedAddress() throws Exception {
		MockHttpServletRequest request = from("10.0.0.5", "6.6.6.6, 203.0.113.7", "https");
		request.addHeader("X-Forwarded-For", "10.0.0.9");

		HttpServletRequest seen = pass("10.0.0.0/24, 192.0.2.1", request);

		assertThat(ClientAddress.of(seen)).isEqualTo("203.0.113.7");
		assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.7");
		assertThat(seen.isSecure()).isTrue();
		assertThat(seen.getScheme()).isEqualTo("https");
		assertThat(seen.getAttribute(ClientAddressFilter.CONTAINER_SECURE_ATTRIBUTE)).isEqualTo(Boolean.TRUE);
	}

	@Test
	void staysPlainWhenTheTrustedProxySaysHttp() throws Exception {
		HttpServletRequest seen = pass("10.0.0.5", from("10.0.0.5", "203.0.113.7", "http"));

		assertThat(seen.isSecure()).isFalse();
		assertThat(ClientAddress.of(seen)).isEqualTo("203.0.113.7");
	}

	@Test
	void stopsAtAnEntryThatIsNoAddress() throws Exception {
		HttpServletRequest seen = pass("10.0.0.5", from("10.0.0.5", "203.0.113.7, localhost.example", null));

		assertThat(ClientAddress.of(seen)).isEqualTo("10.0.0.5");
	}

	@Test
	void keysIpv6ClientsByTheirSlash64() throws Exception {
		HttpServletRequest direct = pass("", from("2001:db8:aa:bb:1:2:3:4", null, null));
		HttpServletRequest proxied = pass("::1", from("::1", "2001:db8:aa:bb:ffff::9", null));

		assertThat(ClientAddress.of(direct)).isEqualTo("2001:db8:aa:bb::/64");
		assertThat(ClientAddress.of(proxied)).isEqualTo("2001:db8:aa:bb::/64");
	}

	@Test
	void trustsIpv6Blocks() throws Exception {
		HttpServletRequest seen = pass("fd00:1::/32", from("fd00:1:2::7", "198.51.100.4", null));

		assertThat(ClientAddress.of(seen)).isEqualTo("198.51.100.4");
	}

	@Test
	void refusesATrustedProxyListItCannotRead() {
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.parse("10.0.0.0/33"));
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.parse("proxy.example"))
			.withMessageContaining("'proxy.example' is neither");
		assertThatIllegalArgumentException().isThrownBy(() -> TrustedProxies.parse("10.0.0.1, private"));
	}

}
