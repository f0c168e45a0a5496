package app.plexinvite.plexsim;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * A raw HTTP client for the simulator tests: status, headers and body as sent on the
 * wire.
 */
final class SimHttp {

	static final String CLIENT_ID = "test-client-0001";

	private final HttpClient client = HttpClient.newHttpClient();

	HttpResponse<String> get(String url, String... headers) {
		return send("GET", url, null, headers);
	}

	HttpResponse<String> send(String method, String url, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** A v2 call as the owner: token and client identifier in headers. */
	HttpResponse<String> v2(PlexSimulator sim, String method, String path, String body, String... headers) {
		String[] all = new String[headers.length + 4];
		all[0] = "X-Plex-Token";
		all[1] = sim.ownerToken();
		all[2] = "X-Plex-Client-Identifier";
		all[3] = CLIENT_ID;
		System.arraycopy(headers, 0, all, 4, headers.length);
		return send(method, sim.baseUrl() + path, body, all);
	}

}
