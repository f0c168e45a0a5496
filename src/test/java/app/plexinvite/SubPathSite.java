package app.plexinvite;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One browser's view of Plex Invite served under a base path, over real HTTP: its own
 * cookie jar, redirects followed by hand so that every Location is checked, and every
 * Set-Cookie's Path and every address a page names (href, src, action, data-*-url, meta
 * refresh) checked to stay under the base path unless it leaves for another site.
 */
final class SubPathSite {

	private final String origin;

	private final String base;

	private final HttpClient http;

	private final Set<String> checkedAssets = new LinkedHashSet<>();

	SubPathSite(int port, String base) {
		this.origin = "http://127.0.0.1:" + port;
		this.base = base;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	HttpResponse<String> get(String path) throws Exception {
		return get(path, "text/html");
	}

	HttpResponse<String> get(String path, String accept) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(this.origin + path)).header("Accept", accept).GET());
	}

	HttpResponse<String> post(String path, Map<String, String> form, String accept) throws Exception {
		String body = form.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(this.origin + path))
			.header("Accept", accept)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** Sends, checks the cookies and the Location the answer sets. */
	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		String where = response.request().method() + " " + response.request().uri();
		for (String cookie : response.headers().allValues("Set-Cookie")) {
			assertThat(cookie).as("Set-Cookie of " + where).containsIgnoringCase("; Path=" + this.base);
			assertThat(cookie).as("Set-Cookie of " + where).doesNotContainPattern("(?i)Path=" + this.base + "/");
		}
		response.headers()
			.firstValue("Location")
			.ifPresent(
					(location) -> assertThat(inside(location)).as("Location of " + where + ": " + location).isTrue());
		return response;
	}

	/** GET, following redirects (each one checked) to the page at the end. */
	HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
		HttpResponse<String> current = response;
		for (int hops = 0; current.statusCode() / 100 == 3; hops++) {
			assertThat(hops).as("redirects from " + response.request().uri()).isLessThan(5);
			String location = current.headers().firstValue("Location").orElseThrow();
			current = get(URI.create(this.origin).resolve(current.request().uri()).resolve(location).getRawPath()
					+ query(current.request().uri().resolve(location)));
		}
		return current;
	}

	/**
	 * Visits every page reachable from the start pages whose path starts with the given
	 * prefix (at most {@code limit}, one per path), checking each; answers the pages
	 * seen.
	 */
	List<String> crawl(List<String> starts, String prefix, int limit) throws Exception {
		Deque<String> queue = new ArrayDeque<>(starts);
		Set<String> seen = new LinkedHashSet<>(starts);
		List<String> visited = new ArrayList<>();
		while (!queue.isEmpty() && visited.size() < limit) {
			String path = queue.poll();
			HttpResponse<String> response = follow(get(path));
			visited.add(path);
			assertThat(response.statusCode()).as("GET " + path).isLessThan(500);
			if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				continue;
			}
			Document page = Jsoup.parse(response.body(), this.origin + path);
			for (String address : check(page, path)) {
				String local = URI.create(this.origin).resolve(address).getRawPath()
						+ query(URI.create(this.origin).resolve(address));
				// One visit per path: the same page with other parameters adds little.
				String key = local.replaceFirst("\\?.*", "");
				if (local.startsWith(prefix) && !local.contains("/logout") && seen.add(key)) {
					queue.add(local);
				}
			}
		}
		return visited;
	}

	/**
	 * Checks every address the page names and loads its stylesheets and scripts; answers
	 * the links (href) to follow.
	 */
	List<String> check(Document page, String path) throws Exception {
		List<String> links = new ArrayList<>();
		for (Element element : page.getAllElements()) {
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey();
				boolean address = name.equals("href") || name.equals("src") || name.equals("action")
						|| name.equals("formaction") || (name.startsWith("data-") && name.endsWith("url"));
				if (address) {
					String value = attribute.getValue();
					assertThat(inside(value)).as(name + "=\"" + value + "\" on " + path).isTrue();
					if (name.equals("href") && element.tagName().equals("a") && value.startsWith("/")) {
						links.add(value);
					}
				}
			}
		}
		for (Element refresh : page.select("meta[http-equiv=refresh]")) {
			String content = refresh.attr("content");
			int url = content.toLowerCase(java.util.Locale.ROOT).indexOf("url=");
			if (url >= 0) {
				assertThat(inside(content.substring(url + 4))).as("refresh on " + path).isTrue();
			}
		}
		for (Element asset : page.select("link[rel=stylesheet][href], script[src], link[rel=icon][href]")) {
			String address = asset.hasAttr("src") ? asset.attr("src") : asset.attr("href");
			if (address.startsWith("/") && this.checkedAssets.add(address)) {
				assertThat(get(address).statusCode()).as(address + " on " + path).isEqualTo(200);
			}
		}
		return links;
	}

	/**
	 * Whether an address stays under the base path: a path starting with it, a fragment
	 * or a query of the same page, or an address on another site (or another scheme, such
	 * as mailto:).
	 */
	boolean inside(String address) {
		if (address.isEmpty() || address.startsWith("#") || address.startsWith("?")) {
			return true;
		}
		if (address.startsWith("/")) {
			return !address.startsWith("//") && (address.equals(this.base) || address.startsWith(this.base + "/")
					|| address.startsWith(this.base + "?"));
		}
		URI uri = URI.create(address.strip());
		if (uri.getScheme() == null) {
			return false;
		}
		boolean ours = this.origin.equals(uri.getScheme() + "://" + uri.getRawAuthority())
				|| "localhost".equals(uri.getHost());
		return !ours || inside(uri.getRawPath() + query(uri));
	}

	/** The value of the form's hidden CSRF field on the page at path. */
	String csrf(String path) throws Exception {
		Document page = Jsoup.parse(follow(get(path)).body());
		return page.select("input[name=_csrf]").first().val();
	}

	private static String query(URI uri) {
		return (uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "";
	}

}
