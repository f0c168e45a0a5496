package app.plexinvite.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, so a test may send any Host and forwarding header (Java's
 * HTTP clients refuse to set Host) and see the answer exactly as it came.
 */
final class RawHttp {

	private RawHttp() {
	}

	record Response(int status, List<Map.Entry<String, String>> headers, String body) {

		Optional<String> header(String name) {
			return this.headers.stream()
				.filter((header) -> header.getKey().equalsIgnoreCase(name))
				.map(Map.Entry::getValue)
				.findFirst();
		}

		List<String> all(String name) {
			return this.headers.stream()
				.filter((header) -> header.getKey().equalsIgnoreCase(name))
				.map(Map.Entry::getValue)
				.toList();
		}

	}

	/** A GET with these header lines; the whole answer. */
	static Response get(int port, String path, String host, String... headers) throws IOException {
		return send(port, "GET", path, host, "", headers);
	}

	/** A POST of a form body with these header lines; the whole answer. */
	static Response post(int port, String path, String host, String body, String... headers) throws IOException {
		return send(port, "POST", path, host, body, headers);
	}

	private static Response send(int port, String method, String path, String host, String body, String... headers)
			throws IOException {
		StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
		for (String header : headers) {
			request.append(header).append("\r\n");
		}
		byte[] content = body.getBytes(StandardCharsets.UTF_8);
		if (!body.isEmpty()) {
			request.append("Content-Length: ").append(content.length).append("\r\n");
		}
		request.append("Connection: close\r\n\r\n");
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			return parse(socket.getInputStream());
		}
	}

	private static Response parse(InputStream in) throws IOException {
		String raw = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
		int end = raw.indexOf("\r\n\r\n");
		String[] lines = raw.substring(0, end).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		boolean chunked = false;
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			String name = lines[i].substring(0, colon).strip();
			String value = lines[i].substring(colon + 1).strip();
			headers.add(Map.entry(name, value));
			chunked |= name.equalsIgnoreCase("Transfer-Encoding") && value.toLowerCase(Locale.ROOT).contains("chunked");
		}
		String body = raw.substring(end + 4);
		return new Response(status, headers, new String(
				(chunked ? unchunk(body) : body).getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
	}

	private static String unchunk(String body) {
		StringBuilder out = new StringBuilder();
		int at = 0;
		while (true) {
			int lineEnd = body.indexOf("\r\n", at);
			int size = Integer.parseInt(body.substring(at, lineEnd).split(";")[0].strip(), 16);
			if (size == 0) {
				return out.toString();
			}
			out.append(body, lineEnd + 2, lineEnd + 2 + size);
			at = lineEnd + 2 + size + 2;
		}
	}

}
