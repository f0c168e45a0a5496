package app.plexinvite.security;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcherEntry;

/**
 * Every web rule in one place: the public paths listed one by one (first-run set-up among
 * them, and the only one while there is no owner account), the owner's pages and actuator
 * behind sign-in at {@code /admin/login}, CSRF on every form (its token in a cookie, so
 * strangers get no server-side session), and a strict Content-Security-Policy (all assets
 * are served from our own origin). HSTS is sent only on secure requests, which behind a
 * proxy means the proxy is trusted (see {@link ClientAddressFilter}). Paths under
 * {@code /api} never reach this chain: the REST API's stateless chain (keys, no session,
 * no CSRF) is ordered before it in the api package, since security depends on no feature.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OwnerAccountProperties.class)
class WebSecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	static final String LOGIN = "/admin/login";

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http, OwnerAccounts owners, ObjectProvider<Clock> clockProvider,
			MetricsAccess metrics) throws Exception {
		Clock clock = clockProvider.getIfAvailable(Clock::systemUTC);
		// The error page only for error dispatches: asked for directly it has no error to
		// show and would answer 500.
		http.authorizeHttpRequests((requests) -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/", "/requests/*", "/i/**", LOGIN, "/css/**", "/js/**", "/images/**", "/webjars/**",
					"/favicon.ico", "/language", SetupRedirectFilter.SETUP, SetupRedirectFilter.SETUP + "/**")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
			.permitAll()
			.requestMatchers(SecondStepController.PATH)
			.hasAuthority(SecondStepController.PENDING)
			// Metrics: the owner, or a scraper with METRICS_TOKEN.
			.requestMatchers(MetricsAccess.PATH)
			.access(metrics.ownerOrToken())
			.requestMatchers("/admin/**", "/actuator/**")
			.hasRole("ADMIN")
			.anyRequest()
			.denyAll());
		SignInHandlers handlers = new SignInHandlers(clock, owners::recordSignIn);
		http.formLogin((login) -> login.loginPage(LOGIN).successHandler(handlers).failureHandler(handlers));
		http.logout((logout) -> logout.logoutUrl("/admin/logout").logoutSuccessUrl(LOGIN + "?signedOut"));
		http.requestCache((cache) -> cache.requestCache(new NullRequestCache()));
		// A scraper is not sent to the sign-in page: 401, as for a wrong token. Everyone
		// else as before: the sign-in page, or 403.
		RequestMatcher scrape = PathPatternRequestMatcher.withDefaults().matcher(MetricsAccess.PATH);
		http.exceptionHandling((errors) -> errors
			.authenticationEntryPoint(
					new DelegatingAuthenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(LOGIN),
							new RequestMatcherEntry<>(scrape, MetricsAccess::refuse)))
			.accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
					new LinkedHashMap<>(Map.of(scrape, MetricsAccess::refuse)), new AccessDeniedHandlerImpl())));
		// Load the token on every request, so its cookie is set before a long page
		// commits the response.
		XorCsrfTokenRequestAttributeHandler tokens = new XorCsrfTokenRequestAttributeHandler();
		tokens.setCsrfRequestAttributeName(null);
		http.csrf((csrf) -> csrf.csrfTokenRepository(csrfCookies()).csrfTokenRequestHandler(tokens));
		http.addFilterBefore(new SessionAgeFilter(clock, owners::sessionStands), SecurityContextHolderFilter.class);
		http.addFilterBefore(new SetupRedirectFilter(owners), SecurityContextHolderFilter.class);
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions((frames) -> frames.deny())
			.httpStrictTransportSecurity((hsts) -> hsts.maxAgeInSeconds(Duration.ofDays(365).toSeconds())));
		return http.build();
	}

	/**
	 * The CSRF token travels in an HttpOnly, SameSite=Lax cookie; forms carry it from the
	 * server-rendered hidden field. It is Secure whenever the request is.
	 */
	private static CookieCsrfTokenRepository csrfCookies() {
		CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
		repository.setCookieCustomizer((cookie) -> cookie.sameSite("Lax").httpOnly(true));
		return repository;
	}

	/** METRICS_TOKEN, when set, lets a scraper read /actuator/prometheus. */
	@Bean
	MetricsAccess metricsAccess(Environment environment) {
		return new MetricsAccess(environment.getProperty("plexinvite.metrics-token"));
	}

	@Bean
	RateLimitRejections rateLimitRejections(ObjectProvider<MeterRegistry> registry) {
		return new RateLimitRejections(registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	@Bean
	PasswordHashes passwordEncoder() {
		return new PasswordHashes();
	}

	@Bean
	OwnerAccounts ownerAccounts(OwnerAccountProperties properties, PasswordHashes hashes, Environment environment,
			JdbcClient jdbc, ObjectProvider<Clock> clock) {
		return new OwnerAccounts(OwnerAccount.from(properties, hashes, environment.matchesProfiles("demo")),
				new StoredOwnerAccount(jdbc), hashes, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	SetupCodes setupCodes(JdbcClient jdbc, ObjectProvider<Clock> clock, Environment environment,
			LoginThrottle throttle) {
		return new SetupCodes(jdbc, clock.getIfAvailable(Clock::systemUTC),
				environment.getProperty("server.servlet.context-path", "") + SetupRedirectFilter.SETUP, throttle);
	}

	@Bean
	LoginThrottle loginThrottle(RateLimiters limiters, RateLimitRejections rejections) {
		return new LoginThrottle(limiters, rejections);
	}

	@Bean
	SecondFactors secondFactors(JdbcClient jdbc, Environment environment, PasswordHashes hashes,
			ObjectProvider<Clock> clock) {
		return new SecondFactors(new StoredSecondFactors(jdbc),
				new TotpSecretCipher(environment.getRequiredProperty("plexinvite.secret-key")), hashes,
				clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	OwnerRoster ownerRoster(OwnerAccounts owners, JdbcClient jdbc, PasswordHashes hashes, ObjectProvider<Clock> clock) {
		return new OwnerRoster(owners, new StoredOwnerAccount(jdbc), new StoredSecondFactors(jdbc), hashes,
				clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	OwnerAuthentication ownerAuthentication(OwnerAccounts owners, SecondFactors factors, PasswordHashes hashes,
			LoginThrottle throttle) {
		return new OwnerAuthentication(owners::find, factors::enabled, owners, hashes, throttle,
				WebSecurityConfiguration::pause);
	}

	private static void pause(Duration delay) {
		if (delay.isPositive()) {
			try {
				Thread.sleep(delay);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
