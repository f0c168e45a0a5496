package app.plexinvite.plex;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the Plex client ({@code plex.*}). The token may be absent: first-run set-up
 * then stores one, and until then calls that need it fail with {@code NOT_CONFIGURED}.
 * Read the owner's token and server name through {@link OwnerCredentials}, never from
 * here directly.
 *
 * @param token the owner's plex.tv token (optional)
 * @param serverName the exact, case-sensitive name of the owned Plex Media Server
 * @param serverUrl a fixed address of that server, skipping connection discovery
 * (optional)
 * @param tvUrl plex.tv (account, resources, PINs, v1 sharing)
 * @param clientsUrl clients.plex.tv (v2 shared_servers, invites, accept)
 * @param appUrl app.plex.tv (the browser sign-in page)
 * @param connectTimeout connect timeout of every call
 * @param readTimeout read timeout of every call
 * @param maxConcurrentCalls how many plex.tv calls may run at once
 * @param maxAttempts attempts per call when plex.tv answers 429 or 5xx
 */
@Validated
@ConfigurationProperties("plex")
public record PlexProperties(String token, String serverName, URI serverUrl,
		@NotNull @DefaultValue("https://plex.tv") URI tvUrl,
		@NotNull @DefaultValue("https://clients.plex.tv") URI clientsUrl,
		@NotNull @DefaultValue("https://app.plex.tv") URI appUrl, @NotNull @DefaultValue("5s") Duration connectTimeout,
		@NotNull @DefaultValue("15s") Duration readTimeout, @Min(1) @Max(64) @DefaultValue("4") int maxConcurrentCalls,
		@Min(1) @Max(20) @DefaultValue("5") int maxAttempts) {

	/** Every setting but the token, which is masked. */
	@Override
	public String toString() {
		return "PlexProperties[token=" + ((this.token != null) ? "masked" : "none") + ", serverName=" + this.serverName
				+ ", serverUrl=" + this.serverUrl + ", tvUrl=" + this.tvUrl + ", clientsUrl=" + this.clientsUrl
				+ ", appUrl=" + this.appUrl + ", connectTimeout=" + this.connectTimeout + ", readTimeout="
				+ this.readTimeout + ", maxConcurrentCalls=" + this.maxConcurrentCalls + ", maxAttempts="
				+ this.maxAttempts + "]";
	}

	@AssertTrue(message = "plex.tv-url, plex.clients-url, plex.app-url and plex.server-url must be http or https URLs")
	boolean isEveryUrlHttp() {
		return isHttp(this.tvUrl) && isHttp(this.clientsUrl) && isHttp(this.appUrl)
				&& (this.serverUrl == null || isHttp(this.serverUrl));
	}

	@AssertTrue(message = "plex.connect-timeout and plex.read-timeout must be positive")
	boolean isEveryTimeoutPositive() {
		return isPositive(this.connectTimeout) && isPositive(this.readTimeout);
	}

	private static boolean isHttp(URI uri) {
		return uri == null || (uri.getHost() != null
				&& ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())));
	}

	private static boolean isPositive(Duration duration) {
		return duration == null || (!duration.isNegative() && !duration.isZero());
	}

}
