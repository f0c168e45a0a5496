package app.plexinvite.i18n;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param forceLanguage FORCE_LANGUAGE: every page in this language (one of
 * {@link Languages#SUPPORTED}) and no switcher; checked at start-up
 */
@ConfigurationProperties("i18n")
record I18nProperties(@Nullable String forceLanguage) {

}
