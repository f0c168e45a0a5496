package app.plexinvite.security;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.boot.web.server.Cookie;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The owner's sessions live in the database (Spring Session JDBC, tables from Flyway's
 * V16): every instance behind a load balancer knows them, and they survive a restart. The
 * idle timeout is still {@code server.servlet.session.timeout}, the cookie's name,
 * SameSite and HttpOnly still {@code server.servlet.session.cookie.*}; Secure follows the
 * request, which the session filter sees after {@link ClientAddressFilter} (its order in
 * application.properties). Session fixation protection, the absolute timeout
 * ({@link SessionAgeFilter}) and strangers getting no session are unchanged: they only
 * use the servlet session API.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/**
	 * Spring Session inserts a new attribute with a plain INSERT, so two concurrent
	 * requests of one session setting the same new attribute (two tabs, a double submit)
	 * would fail one with a duplicate key: an upsert instead, written alike for SQLite
	 * (3.24 and later) and PostgreSQL.
	 */
	static final String UPSERT_ATTRIBUTE = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON CONFLICT (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) DO UPDATE SET ATTRIBUTE_BYTES = EXCLUDED.ATTRIBUTE_BYTES
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributeUpsert() {
		return (repository) -> repository.setCreateSessionAttributeQuery(UPSERT_ATTRIBUTE);
	}

	/**
	 * The cookie as {@code server.servlet.session.cookie.*} says, whether the application
	 * runs in its own server or in a test without one (where Spring Boot would otherwise
	 * read the mock servlet context's cookie settings): name, HttpOnly and SameSite, and
	 * as path the application's path as the servlet container set it ({@code /} at the
	 * root, else the context path without a trailing slash). Secure is left to follow the
	 * request.
	 */
	@Bean
	DefaultCookieSerializerCustomizer sessionCookie(Environment environment) {
		Cookie cookie = Binder.get(environment)
			.bind("server.servlet.session.cookie", Cookie.class)
			.orElseGet(Cookie::new);
		String contextPath = environment.getProperty("server.servlet.context-path", "");
		String path = (cookie.getPath() != null) ? cookie.getPath() : (contextPath.isEmpty() ? "/" : contextPath);
		return (serializer) -> {
			serializer.setCookieName((cookie.getName() != null) ? cookie.getName() : "JSESSIONID");
			serializer.setUseHttpOnlyCookie(!Boolean.FALSE.equals(cookie.getHttpOnly()));
			serializer.setSameSite((cookie.getSameSite() != null) ? cookie.getSameSite().attributeValue() : "Lax");
			serializer.setCookiePath(path);
		};
	}

}
