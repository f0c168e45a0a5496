package app.plexinvite.links;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the invitee's sign-in reads from the settings: the public address (PUBLIC_URL), to
 * send Plex's sign-in page back to {@code /i/{code}/return}. Links are never built from
 * request headers.
 *
 * @param publicUrl the address people use to reach Plex Invite, or null
 */
@ConfigurationProperties("plexinvite")
record JoinProperties(@Nullable URI publicUrl) {

	/**
	 * PUBLIC_URL + path, or null without PUBLIC_URL (then Plex does not send them back).
	 */
	@Nullable URI at(String path) {
		return (this.publicUrl != null) ? URI.create(this.publicUrl.toString().replaceAll("/+$", "") + path) : null;
	}

}
