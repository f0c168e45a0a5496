package app.plexinvite.admin;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Forged or oversized input on the requests page is refused with a 4xx, never a server
 * error.
 */
@AppTest
@AutoConfigureMockMvc
class RequestsInputTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void refusesASearchLongerThanTheFieldAllowsWithABadRequest() {
		assertThat(this.mvc.get()
			.uri("/admin/requests")
			.param("q", "a".repeat(101))
			.with(user("owner").roles("ADMIN"))
			.accept("text/html")).hasStatus(400);
	}

	@Test
	void refusesADenyReasonLongerThanTheFieldAllowsWithABadRequest() {
		assertThat(this.mvc.post()
			.uri("/admin/requests/1/deny")
			.param("reason", "a".repeat(501))
			.with(user("owner").roles("ADMIN"))
			.with(csrf())
			.accept("text/html")).hasStatus(400);
	}

	@Test
	void refusesAnUnknownStatusAndAMalformedPageMarkWithABadRequest() {
		assertThat(this.mvc.get()
			.uri("/admin/requests?status=NOT_A_STATUS")
			.with(user("owner").roles("ADMIN"))
			.accept("text/html")).hasStatus(400);
		assertThat(this.mvc.get()
			.uri("/admin/requests?before=99999999999999999999999")
			.with(user("owner").roles("ADMIN"))
			.accept("text/html")).hasStatus(400);
	}

}
