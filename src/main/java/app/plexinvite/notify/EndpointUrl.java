package app.plexinvite.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an endpoint's address before it is stored: an absolute http or https address
 * with a host, no user name or password in it and no fragment. A Discord endpoint must be
 * one of Discord's webhook addresses ({@code https://discord.com/api/webhooks/…}, also
 * discordapp.com and the ptb and canary hosts); an ntfy endpoint must name a topic.
 */
final class EndpointUrl {

	static final int MAX_LENGTH = 2000;

	private static final Set<String> DISCORD_HOSTS = Set.of("discord.com", "discordapp.com", "ptb.discord.com",
			"canary.discord.com");

	private EndpointUrl() {
	}

	/** The message key of what is wrong, or empty when the address is fine. */
	static Optional<String> problem(EndpointKind kind, String url) {
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			return Optional.of("webhooks.form.url.invalid");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.isOpaque()) {
			return Optional.of("webhooks.form.url.invalid");
		}
		if (uri.getRawUserInfo() != null) {
			return Optional.of("webhooks.form.url.userInfo");
		}
		if (uri.getRawFragment() != null) {
			return Optional.of("webhooks.form.url.fragment");
		}
		String path = (uri.getRawPath() != null) ? uri.getRawPath() : "";
		if (kind == EndpointKind.DISCORD
				&& !(scheme.equals("https") && DISCORD_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))
						&& path.startsWith("/api/webhooks/"))) {
			return Optional.of("webhooks.form.url.discord");
		}
		if (kind == EndpointKind.NTFY && path.replace("/", "").isEmpty()) {
			return Optional.of("webhooks.form.url.ntfyTopic");
		}
		return Optional.empty();
	}

}
