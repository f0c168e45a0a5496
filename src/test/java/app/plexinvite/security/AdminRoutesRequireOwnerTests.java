package app.plexinvite.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Every /admin route the application has, found at test time, refuses a stranger: GETs go
 * to the sign-in page, POSTs are refused without a CSRF token and sent to sign in with
 * one. Routes added later are covered without touching this test.
 */
@AppTest
@AutoConfigureMockMvc
class AdminRoutesRequireOwnerTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	record Route(String path, Set<RequestMethod> methods) {
	}

	private List<Route> adminRoutes() {
		List<Route> routes = new ArrayList<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			for (String pattern : info.getPatternValues()) {
				if (pattern.startsWith("/admin") && !pattern.equals(WebSecurityConfiguration.LOGIN)) {
					routes.add(new Route(expand(pattern), info.getMethodsCondition().getMethods()));
				}
			}
		}
		return routes;
	}

	/**
	 * Fills path variables ({@code {id}}, {@code {*rest}}) and wildcards with dummy
	 * values.
	 */
	static String expand(String pattern) {
		return pattern.replaceAll("\\{\\*[^}]+}", "x/y")
			.replaceAll("\\{[^}:]+:[^}]+}", "1")
			.replaceAll("\\{[^}]+}", "1")
			.replace("**", "x")
			.replace("*", "x");
	}

	@Test
	void findsTheAdminRoutes() {
		assertThat(adminRoutes()).extracting(Route::path).contains("/admin");
		assertThat(expand("/admin/requests/{id}/retry")).isEqualTo("/admin/requests/1/retry");
		assertThat(expand("/admin/files/{*path}")).isEqualTo("/admin/files/x/y");
		assertThat(expand("/admin/{id:\\d+}")).isEqualTo("/admin/1");
	}

	@Test
	void sendsStrangersFromEveryAdminGetToTheSignInPage() {
		for (Route route : adminRoutes()) {
			if (route.methods().isEmpty() || route.methods().contains(RequestMethod.GET)) {
				assertThat(this.mvc.get().uri(route.path())).as("GET " + route.path())
					.hasStatus3xxRedirection()
					.hasRedirectedUrl("/admin/login");
			}
		}
	}

	@Test
	void refusesStrangersEveryAdminPost() {
		for (Route route : adminRoutes()) {
			assertThat(this.mvc.post().uri(route.path())).as("POST " + route.path() + " without CSRF").hasStatus(403);
			assertThat(this.mvc.post().uri(route.path()).with(csrf())).as("POST " + route.path() + " with CSRF")
				.hasStatus3xxRedirection()
				.hasRedirectedUrl("/admin/login");
		}
	}

}
