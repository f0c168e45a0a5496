package app.plexinvite.security;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.support.FirstRunAppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The stored account (no ADMIN_PASSWORD_HASH) with a Plex token in the environment:
 * nobody signs in before set-up created the account; a stored hash in an older format
 * (here bcrypt, as an older version or an import may leave) becomes argon2id at the next
 * successful sign-in.
 */
@FirstRunAppTest
@AutoConfigureMockMvc
@TestPropertySource(properties = { "plex.token=env-token", "plex.tv-url=http://127.0.0.1:9",
		"plex.clients-url=http://127.0.0.1:9", "plex.app-url=http://127.0.0.1:9" })
class StoredOwnerSignInTests {

	/** bcrypt (cost 4) of {@value #PASSWORD}. */
	static final String BCRYPT = "$2a$04$xxc9FtYkrNMJNqGAhMBfN.ThosFCadHukAaMLHYRrUMGSlMp6X4WO";

	static final String PASSWORD = "correct horse battery staple";

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	private MvcTestResult signIn(String password) {
		return this.mvc.post()
			.uri("/admin/login")
			.param("username", "olivia")
			.param("password", password)
			.with(csrf())
			.exchange();
	}

	private String storedHash() {
		return this.jdbc.sql("SELECT password_hash FROM owner_account").query(String.class).single();
	}

	@Test
	void upgradesAnOlderStoredHashToArgon2idAfterASuccessfulSignIn() {
		assertThat(signIn(PASSWORD)).as("no account yet").hasRedirectedUrl("/setup");
		this.jdbc
			.sql("INSERT INTO owner_account (id, username, password_hash, created_at, updated_at) "
					+ "VALUES (1, 'olivia', :hash, 0, 0)")
			.param("hash", BCRYPT)
			.update();

		assertThat(signIn("not the password")).hasRedirectedUrl("/admin/login?error");
		assertThat(storedHash()).isEqualTo(BCRYPT);

		assertThat(signIn(PASSWORD)).hasRedirectedUrl("/admin");
		String upgraded = storedHash();
		assertThat(upgraded).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");

		assertThat(signIn(PASSWORD)).hasRedirectedUrl("/admin");
		assertThat(storedHash()).as("a current hash is kept").isEqualTo(upgraded);
	}

}
