package app.plexinvite.links;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What links read from the settings: the public address (PUBLIC_URL) every link is built
 * from; never the request's Host header.
 *
 * @param publicUrl the address people use to reach Plex Invite (with the base path), or
 * null
 * @param basePath the path Plex Invite is served under (BASE_PATH), or empty
 */
@ConfigurationProperties("plexinvite")
record LinkProperties(@Nullable URI publicUrl, @DefaultValue("") String basePath) {

	/**
	 * PUBLIC_URL + {@code /i/{code}}, or the path alone (under the base path) without
	 * PUBLIC_URL.
	 */
	String address(String code) {
		String path = "/i/" + code;
		return (this.publicUrl != null) ? this.publicUrl.toString().replaceAll("/+$", "") + path : this.basePath + path;
	}

}
