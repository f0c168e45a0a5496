package app.plexinvite.setup;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What set-up reads from the settings: the public address (PUBLIC_URL), to send Plex's
 * sign-in page back to {@code /setup/plex/return}.
 *
 * @param publicUrl the address people use to reach Plex Invite, or null
 */
@ConfigurationProperties("plexinvite")
record SetupProperties(@Nullable URI publicUrl) {
}
