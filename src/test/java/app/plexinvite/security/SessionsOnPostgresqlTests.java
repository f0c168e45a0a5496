package app.plexinvite.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import app.plexinvite.support.AppTest;
import app.plexinvite.support.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * On PostgreSQL the owner's session is a row in the database, so any instance knows it;
 * signing out deletes it.
 */
@AppTest
@AutoConfigureMockMvc
class SessionsOnPostgresqlTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.freshDatabaseFor(registry);
	}

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSignedInOwnersSessionIsARowUntilSignOut() {
		MockHttpSession browser = new MockHttpSession();
		assertThat(this.mvc.post()
			.uri("/admin/login")
			.session(browser)
			.param("username", AppTest.OWNER)
			.param("password", AppTest.OWNER_PASSWORD)
			.with(csrf())).hasRedirectedUrl("/admin");

		assertThat(this.mvc.get().uri("/admin").session(browser)).hasStatusOk();
		assertThat(sessionsOf(AppTest.OWNER)).isOne();

		this.mvc.post().uri("/admin/logout").session(browser).with(csrf()).exchange();
		assertThat(sessionsOf(AppTest.OWNER)).isZero();
	}

	private int sessionsOf(String owner) {
		return this.jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?")
			.param(owner)
			.query(Integer.class)
			.single();
	}

}
