package app.plexinvite.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Behind a trusted HTTPS proxy (MockMvc's peer is 127.0.0.1). */
@AppTest
@AutoConfigureMockMvc
@TestPropertySource(properties = "security.proxy.trusted-proxies=127.0.0.1")
class TrustedProxyTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void sendsHstsAndSecureCookiesWhenTheTrustedProxySaysHttps() {
		var page = this.mvc.get()
			.uri("/admin/login")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-For", "203.0.113.7")
			.exchange();

		assertThat(page).hasStatusOk().headers().containsHeader("Strict-Transport-Security");
		assertThat(page.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=31536000");
		assertThat(page.getResponse().getCookie("XSRF-TOKEN").getSecure()).isTrue();
	}

	@Test
	void sendsNoHstsWhenTheTrustedProxySaysHttp() {
		var page = this.mvc.get().uri("/admin/login").header("X-Forwarded-Proto", "http").exchange();

		assertThat(page).hasStatusOk().headers().doesNotContainHeader("Strict-Transport-Security");
	}

}
