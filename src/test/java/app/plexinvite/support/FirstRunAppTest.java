package app.plexinvite.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application as on a first run: a fresh SQLite file, no ADMIN_PASSWORD_HASH
 * and no PLEX_TOKEN, so that set-up at /setup is the way in. Rate limits are out of the
 * way, as in {@link AppTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "spring.datasource.url=jdbc:sqlite:${java.io.tmpdir}/plex-invite-test-${random.uuid}.db"
		+ "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=10000&foreign_keys=true&transaction_mode=IMMEDIATE",
		"plexinvite.secret-key=first-run-secret", "security.rate-limit.invite=10000/minute",
		"security.rate-limit.public-routes=10000/minute", "security.rate-limit.invite-total=10000/minute",
		"people.jobs-enabled=false" })
public @interface FirstRunAppTest {

}
