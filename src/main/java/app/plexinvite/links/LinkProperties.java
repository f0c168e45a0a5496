package app.plexinvite.links;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What links read from the settings: the public address (PUBLIC_URL) every link is built
 * from; never the request's Host header.
 *
 * @param publicUrl the address people use to reach Plex Invite, or null
 */
@ConfigurationProperties("plexinvite")
record LinkProperties(@Nullable URI publicUrl) {

	/** PUBLIC_URL + {@code /i/{code}}, or the path alone without PUBLIC_URL. */
	String address(String code) {
		String path = "/i/" + code;
		return (this.publicUrl != null) ? this.publicUrl.toString().replaceAll("/+$", "") + path : path;
	}

}
