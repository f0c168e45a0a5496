package app.plexinvite.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Every web rule in one place: the public paths listed one by one, the owner's dashboard
 * and actuator behind sign-in, CSRF on, and a strict Content-Security-Policy (all assets
 * are served from our own origin).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OwnerAccountProperties.class)
class WebSecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'; form-action 'self'";

	@Bean
	SecurityFilterChain webSecurity(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/", "/requests/*", "/login", "/error", "/css/**", "/js/**", "/images/**", "/webjars/**",
					"/favicon.ico")
			.permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
			.permitAll()
			.requestMatchers("/admin/**", "/actuator/**")
			.hasRole("ADMIN")
			.anyRequest()
			.denyAll());
		http.formLogin((login) -> login.loginPage("/login").defaultSuccessUrl("/admin", false).permitAll());
		http.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.frameOptions((frames) -> frames.deny()));
		return http.build();
	}

	@Bean
	PasswordHashes passwordEncoder() {
		return new PasswordHashes();
	}

	@Bean
	UserDetailsService owner(OwnerAccountProperties properties, PasswordHashes hashes, Environment environment) {
		return new InMemoryUserDetailsManager(
				OwnerAccount.from(properties, hashes, environment.matchesProfiles("demo")));
	}

}
