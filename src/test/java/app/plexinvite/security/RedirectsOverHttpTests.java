package app.plexinvite.security;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.plexinvite.support.AppTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redirects through the real servlet container never carry the request's Host header:
 * links are built from PUBLIC_URL or are relative, so a forged Host cannot send a visitor
 * (or a cache in front of us) to another site.
 */
@AppTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RedirectsOverHttpTests {

	@LocalServerPort
	int port;

	/** The response head of a GET sent with a forged Host (HttpClient refuses to). */
	private List<String> headWithHost(String path, String host) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host
					+ "\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.US_ASCII));
			out.flush();
			BufferedReader in = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			List<String> head = new ArrayList<>();
			for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
				head.add(line);
			}
			return head;
		}
	}

	@Test
	void sendsAStrangerToSignInWithoutNamingTheForgedHost() throws Exception {
		List<String> head = headWithHost("/admin", "evil.example");
		assertThat(head.get(0)).contains(" 302");
		assertThat(head).filteredOn((line) -> line.regionMatches(true, 0, "Location:", 0, 9))
			.singleElement()
			.asString()
			.doesNotContain("evil.example")
			.endsWith("/admin/login");
	}

	@Test
	void redirectsFromControllersWithoutNamingTheForgedHost() throws Exception {
		List<String> head = headWithHost("/setup/plex/return", "evil.example:8443");
		assertThat(head.get(0)).contains(" 302");
		assertThat(head).filteredOn((line) -> line.regionMatches(true, 0, "Location:", 0, 9))
			.singleElement()
			.asString()
			.doesNotContain("evil.example")
			.endsWith("/setup");
	}

}
