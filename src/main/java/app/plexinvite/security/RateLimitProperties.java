package app.plexinvite.security;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import app.plexinvite.security.SettingFormat.Format;

/**
 * Rate limits from RATE_LIMIT_INVITE, RATE_LIMIT_DEFAULT and RATE_LIMIT_INVITE_TOTAL,
 * each like {@code 5/minute;20/hour}.
 */
@Validated
@ConfigurationProperties("security.rate-limit")
record RateLimitProperties(@SettingFormat(Format.RATE_LIMITS) @Nullable String invite,
		@SettingFormat(Format.RATE_LIMITS) @Nullable String publicRoutes,
		@SettingFormat(Format.RATE_LIMITS) @Nullable String inviteTotal) {

	List<RateLimit> inviteLimits() {
		return RateLimit.parseAll((this.invite != null) ? this.invite : "5/minute;20/hour");
	}

	List<RateLimit> publicRouteLimits() {
		return RateLimit.parseAll((this.publicRoutes != null) ? this.publicRoutes : "50/hour;200/day");
	}

	List<RateLimit> inviteTotalLimits() {
		return RateLimit.parseAll((this.inviteTotal != null) ? this.inviteTotal : "200/hour");
	}

}
