package app.plexinvite.api;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;

import app.plexinvite.security.RateLimitRejections;

/**
 * The security chain for everything under {@code /api}, ahead of the owner's web chain
 * (security.WebSecurityConfiguration, which answers every other path as before).
 * Stateless: no session is created or read, so the owner's session cookie authenticates
 * nothing here, and without cookies there is nothing for CSRF to protect. {@code /api/v1}
 * needs an API key; the OpenAPI document and its docs page hold no data and are public.
 * The headers are the owner's pages' strict policy (the docs page needs nothing more).
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	/**
	 * The same policy as security.WebSecurityConfiguration; ApiDocsTests compares them.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	static final String[] DOCS = { ApiDocsController.PATH, "/api/openapi.json", "/api/openapi.json/**" };

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	SecurityFilterChain apiSecurity(HttpSecurity http, ApiKeys keys, ApiRateLimits limits, ApiProblems problems,
			RateLimitRejections rejections) throws Exception {
		ApiKeyFilter filter = new ApiKeyFilter(keys, limits, problems, rejections);
		http.securityMatcher("/api/**");
		http.authorizeHttpRequests((requests) -> requests.requestMatchers(DOCS)
			.permitAll()
			.requestMatchers("/api/v1", "/api/v1/**")
			.hasRole(ApiKeyFilter.ROLE)
			.anyRequest()
			.denyAll());
		http.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		http.securityContext(
				(context) -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()));
		http.requestCache((cache) -> cache.requestCache(new NullRequestCache()));
		http.csrf((csrf) -> csrf.disable());
		http.logout((logout) -> logout.disable());
		http.anonymous((anonymous) -> anonymous.principal("anonymous"));
		http.addFilterAt(filter, BasicAuthenticationFilter.class);
		http.exceptionHandling((errors) -> errors
			.authenticationEntryPoint((request, response, ex) -> filter.unauthorized(request, response, false))
			.accessDeniedHandler((request, response, ex) -> problems.write(request, response,
					new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "This key may not do that.", List.of()),
					new HttpHeaders())));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

}
