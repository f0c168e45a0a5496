package app.plexinvite.security;

import java.time.Clock;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The two filters that run before everything else: who the client is, then the rate
 * limits. Both come before Spring Security's filter chain, so an over-eager client costs
 * nothing beyond a map look-up (on PostgreSQL, one short transaction on its row).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ RateLimitProperties.class, ProxyProperties.class })
class AbuseProtectionConfiguration {

	/** Clients remembered per limit; beyond this the least recently seen is forgotten. */
	static final int MAX_CLIENTS = 10_000;

	@Bean
	FilterRegistrationBean<ClientAddressFilter> clientAddressFilter(ProxyProperties properties) {
		var registration = new FilterRegistrationBean<>(new ClientAddressFilter(properties.proxies()));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
		return registration;
	}

	/** In memory on SQLite; on PostgreSQL in the database, shared by every instance. */
	@Bean
	RateLimiters rateLimiters(DataSource dataSource, ObjectProvider<Clock> clock) {
		return RateLimiters.forDatabase(dataSource, clock.getIfAvailable(Clock::systemUTC));
	}

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties limits, RateLimiters limiters,
			RateLimitRejections rejections, MetricsAccess metrics) {
		var filter = new RateLimitFilter(limiters.create("invite", limits.inviteLimits(), MAX_CLIENTS),
				limiters.create("invite-total", limits.inviteTotalLimits(), 1),
				limiters.create("public", limits.publicRouteLimits(), MAX_CLIENTS), rejections, metrics);
		var registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
		return registration;
	}

}
