package app.plexinvite.i18n;

import java.util.Locale;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The request's language: {@link LanguageResolver} under the name Spring MVC looks for.
 * FORCE_LANGUAGE was checked at start-up (config.Setting); an unknown value that slipped
 * past (set as a Spring property) still stops start-up here.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(I18nProperties.class)
class I18nConfiguration {

	@Bean
	LanguageResolver localeResolver(I18nProperties properties) {
		String forced = properties.forceLanguage();
		if (forced == null || forced.isBlank()) {
			return new LanguageResolver(null);
		}
		Locale locale = Languages.exact(forced)
			.orElseThrow(() -> new IllegalStateException(
					"FORCE_LANGUAGE must be one of " + Languages.tags() + " (got '" + forced + "')"));
		return new LanguageResolver(locale);
	}

}
