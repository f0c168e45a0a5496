package app.plexinvite.security;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import app.plexinvite.security.SettingFormat.Format;

/** TRUSTED_PROXIES: the reverse proxies whose forwarding headers are believed. */
@Validated
@ConfigurationProperties("security.proxy")
record ProxyProperties(@SettingFormat(Format.TRUSTED_PROXIES) @Nullable String trustedProxies) {

	TrustedProxies proxies() {
		return TrustedProxies.parse(this.trustedProxies);
	}

}
