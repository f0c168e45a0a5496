package app.plexinvite.config;

import java.net.URI;
import java.util.Optional;

/**
 * The path Plex Invite is served under (BASE_PATH, Spring's context path) and the public
 * address that follows: origin + base path. PUBLIC_URL may name the path or not; when
 * BASE_PATH is empty, PUBLIC_URL's path is the base path, and when both name a path they
 * must agree.
 *
 * @param path the base path, such as {@code /invite}, or empty for the root
 * @param publicUrl the public address with the base path and without a trailing slash
 */
record BasePath(String path, Optional<String> publicUrl) {

	static BasePath of(Optional<String> basePath, Optional<String> publicUrl) {
		String fromUrl = publicUrl.map(BasePath::pathOf).orElse("");
		if (!fromUrl.isEmpty()) {
			SettingKind.PATH.problem(fromUrl).ifPresent((problem) -> {
				throw new InvalidSettingException(Setting.PUBLIC_URL.name(),
						"has the path '" + fromUrl + "', which as the base path " + problem);
			});
		}
		String path = basePath.orElse(fromUrl);
		if (!fromUrl.isEmpty() && !fromUrl.equals(path)) {
			throw new InvalidSettingException(Setting.BASE_PATH.name(), "is " + path + " but PUBLIC_URL's path is "
					+ fromUrl + ": leave one of them empty or make them the same");
		}
		return new BasePath(path, publicUrl.map((url) -> originOf(url) + path));
	}

	private static String pathOf(String url) {
		String path = URI.create(url).getRawPath();
		return (path != null) ? path.replaceAll("/+$", "") : "";
	}

	private static String originOf(String url) {
		URI uri = URI.create(url);
		return uri.getScheme() + "://" + uri.getRawAuthority();
	}

}
