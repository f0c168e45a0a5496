package app.plexinvite.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.List;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.WebUtils;

/**
 * Lets MockMvc tests keep passing a {@link MockHttpSession} from request to request while
 * the application keeps its sessions in the database (Spring Session JDBC ignores the
 * servlet container's session, and so MockMvc's): the MockHttpSession becomes the
 * browser's cookie jar for the session cookie. Before a request its stored session id is
 * sent as the {@code JSESSIONID} cookie; after it, a new or cleared session cookie is
 * kept. The session itself, its attributes serialised and read back, is the application's
 * real one. Registered for every test context in {@code META-INF/spring.factories}; under
 * a real server (no MockHttpSession) it does nothing.
 */
public final class MockSessionCookies extends OncePerRequestFilter {

	public static final String COOKIE = "JSESSIONID";

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	/** The session cookie each MockHttpSession holds, beside its attributes. */
	private static final Map<MockHttpSession, String> jars = Collections.synchronizedMap(new WeakHashMap<>());

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		MockHttpServletRequest mock = WebUtils.getNativeRequest(request, MockHttpServletRequest.class);
		if (mock == null || !(mock.getSession(false) instanceof MockHttpSession jar)) {
			chain.doFilter(request, response);
			return;
		}
		Cookie[] cookies = (mock.getCookies() != null) ? mock.getCookies() : new Cookie[0];
		if (jars.get(jar) instanceof String id
				&& Arrays.stream(cookies).noneMatch((cookie) -> COOKIE.equals(cookie.getName()))) {
			mock.setCookies(
					Stream.concat(Arrays.stream(cookies), Stream.of(new Cookie(COOKIE, id))).toArray(Cookie[]::new));
		}
		handInFlashAttributes(jar, request);
		String before = (jars.get(jar) instanceof String cookie) ? primaryId(request, cookie) : null;
		chain.doFilter(request, response);
		if (before != null && !exists(request, before)) {
			jars.remove(jar);
			jar.invalidate();
			return;
		}
		for (String header : response.getHeaders("Set-Cookie")) {
			if (header.startsWith(COOKIE + "=")) {
				String value = header.substring(COOKIE.length() + 1).split(";", 2)[0];
				boolean cleared = value.isEmpty() || header.toLowerCase(Locale.ROOT).contains("max-age=0");
				keep(jar, cleared ? null : value);
			}
		}
		if (!jar.isInvalid() && jars.get(jar) instanceof String cookie) {
			mirror(jar, cookie, request);
		}
	}

	/**
	 * MockMvc's {@code flashAttr(…)} leaves its flash map in the MockHttpSession, where
	 * the application (reading its own session) would never find it: it is handed in as
	 * the request's input flash map instead, as the DispatcherServlet would.
	 */
	private static void handInFlashAttributes(MockHttpSession jar, HttpServletRequest request) {
		if (jar.getAttribute(FLASH_MAPS) instanceof List<?> maps && !maps.isEmpty()) {
			FlashMap input = new FlashMap();
			maps.forEach((map) -> input.putAll((FlashMap) map));
			jar.removeAttribute(FLASH_MAPS);
			request.setAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE, Collections.unmodifiableMap(input));
		}
	}

	/**
	 * A new session id (sign-in, set-up code) changes the MockHttpSession's id too; a
	 * cleared cookie (sign-out, an ended session) invalidates it.
	 */
	private static void keep(MockHttpSession jar, String cookie) {
		if (cookie == null) {
			if (jars.remove(jar) != null) {
				jar.invalidate();
			}
		}
		else if (!cookie.equals(jars.put(jar, cookie))) {
			jar.changeSessionId();
		}
	}

	/**
	 * The row of the session the cookie names (a new session id keeps its row: only an
	 * ended session loses it, whether or not a new one follows in the same response).
	 */
	private static String primaryId(HttpServletRequest request, String cookie) {
		return jdbc(request).sql("SELECT primary_id FROM spring_session WHERE session_id = ?")
			.param(sessionId(cookie))
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static boolean exists(HttpServletRequest request, String primaryId) {
		return jdbc(request).sql("SELECT COUNT(*) FROM spring_session WHERE primary_id = ?")
			.param(primaryId)
			.query(Integer.class)
			.single() > 0;
	}

	private static JdbcClient jdbc(HttpServletRequest request) {
		return JdbcClient.create(context(request).getBean(DataSource.class));
	}

	private static String sessionId(String cookie) {
		return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
	}

	private static WebApplicationContext context(HttpServletRequest request) {
		return WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext());
	}

	/**
	 * Copies the real session's attributes, as read back from the database, into the
	 * MockHttpSession, so a test may look at them there (not its flash maps: those stay
	 * the application's, and a test reads them from the result).
	 */
	private static void mirror(MockHttpSession jar, String cookie, HttpServletRequest request) {
		Session session = context(request).getBean(SessionRepository.class).findById(sessionId(cookie));
		jar.clearAttributes();
		if (session != null) {
			session.getAttributeNames()
				.stream()
				.filter((name) -> !FLASH_MAPS.equals(name))
				.forEach((name) -> jar.setAttribute(name, session.getAttribute(name)));
		}
	}

	/** The filter in every test context, first of all filters. */
	public static final class Factory implements ContextCustomizerFactory {

		@Override
		public ContextCustomizer createContextCustomizer(Class<?> testClass,
				List<ContextConfigurationAttributes> configAttributes) {
			return new Customizer();
		}

	}

	private record Customizer() implements ContextCustomizer {

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			var registration = new FilterRegistrationBean<>(new MockSessionCookies());
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			context.getBeanFactory().registerSingleton("mockSessionCookies", registration);
		}

	}

}
