package app.plexinvite.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;

/**
 * The whole application on a fresh SQLite file in the temporary folder (with the options
 * the application sets, foreign keys included), with a known owner password
 * ({@value #OWNER_PASSWORD}). Rate limits are raised out of the way, since one cached
 * context serves many test classes from one address; the rate limit tests set their own.
 * The people sync and expiry jobs are off: tests run them by hand.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "spring.datasource.url=jdbc:sqlite:${java.io.tmpdir}/plex-invite-test-${random.uuid}.db"
		+ "?journal_mode=WAL&synchronous=NORMAL&busy_timeout=10000&foreign_keys=true&transaction_mode=IMMEDIATE",
		"plexinvite.secret-key=test-secret", "security.admin-username=" + AppTest.OWNER,
		"security.admin-password-hash=" + AppTest.OWNER_PASSWORD_HASH, "security.rate-limit.invite=10000/minute",
		"security.rate-limit.public-routes=10000/minute", "security.rate-limit.invite-total=10000/minute",
		"people.jobs-enabled=false" })
public @interface AppTest {

	String OWNER = "owner";

	String OWNER_PASSWORD = "correct horse battery staple";

	/** bcrypt of {@link #OWNER_PASSWORD} (cost 4, so tests stay fast). */
	String OWNER_PASSWORD_HASH = "$2a$04$xxc9FtYkrNMJNqGAhMBfN.ThosFCadHukAaMLHYRrUMGSlMp6X4WO";

	@AliasFor(annotation = SpringBootTest.class, attribute = "webEnvironment")
	SpringBootTest.WebEnvironment webEnvironment() default SpringBootTest.WebEnvironment.MOCK;

}
