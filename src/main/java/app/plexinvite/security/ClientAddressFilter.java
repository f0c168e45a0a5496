package app.plexinvite.security;

import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Decides who the client is, before anything else looks at the request. The client is the
 * TCP peer; only when the peer is one of TRUSTED_PROXIES are {@code X-Forwarded-For} (the
 * right-most address that is not itself a trusted proxy) and {@code X-Forwarded-Proto}
 * believed. A forged header from anyone else changes nothing.
 */
final class ClientAddressFilter extends OncePerRequestFilter {

	/**
	 * Tomcat's request treats this attribute as "the request is secure" (what its own
	 * RemoteIpFilter sets), so the session cookie gets the Secure flag too.
	 */
	static final String CONTAINER_SECURE_ATTRIBUTE = "org.apache.catalina.filters.RemoteIpFilter.secure";

	private final TrustedProxies trusted;

	ClientAddressFilter(TrustedProxies trusted) {
		this.trusted = trusted;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<InetAddress> peer = IpAddresses.parse(request.getRemoteAddr());
		if (peer.isEmpty() || !this.trusted.contains(peer.get())) {
			request.setAttribute(ClientAddress.ATTRIBUTE, ClientAddress.keyFor(request.getRemoteAddr()));
			chain.doFilter(request, response);
			return;
		}
		InetAddress client = forwardedClient(request, peer.get());
		boolean secure = request.isSecure() || "https".equalsIgnoreCase(lastValue(request, "X-Forwarded-Proto"));
		request.setAttribute(ClientAddress.ATTRIBUTE, ClientAddress.keyFor(client));
		if (secure && !request.isSecure()) {
			request.setAttribute(CONTAINER_SECURE_ATTRIBUTE, Boolean.TRUE);
		}
		chain.doFilter(new ForwardedRequest(request, client.getHostAddress(), secure), response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/**
	 * Walks X-Forwarded-For from the right, past trusted proxies; the first other address
	 * is the client. Stops at anything that is not an address.
	 */
	private InetAddress forwardedClient(HttpServletRequest request, InetAddress peer) {
		List<String> hops = values(request, "X-Forwarded-For");
		InetAddress client = peer;
		for (int i = hops.size() - 1; i >= 0; i--) {
			Optional<InetAddress> hop = IpAddresses.parse(hops.get(i));
			if (hop.isEmpty()) {
				break;
			}
			client = hop.get();
			if (!this.trusted.contains(client)) {
				break;
			}
		}
		return client;
	}

	private static String lastValue(HttpServletRequest request, String header) {
		List<String> values = values(request, header);
		return values.isEmpty() ? null : values.get(values.size() - 1);
	}

	private static List<String> values(HttpServletRequest request, String header) {
		List<String> values = new ArrayList<>();
		for (String line : Collections.list(request.getHeaders(header))) {
			for (String value : line.split(",")) {
				if (!value.isBlank()) {
					values.add(value.strip());
				}
			}
		}
		return values;
	}

}
