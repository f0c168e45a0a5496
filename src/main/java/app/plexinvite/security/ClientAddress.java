package app.plexinvite.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who is asking, as a key to count requests by: the TCP peer, or the client a trusted
 * reverse proxy named in {@code X-Forwarded-For} (see {@link ClientAddressFilter}). IPv6
 * clients are keyed by their /64, since one household or one server usually holds a whole
 * /64 and could otherwise rotate through it.
 */
public final class ClientAddress {

	static final String ATTRIBUTE = ClientAddress.class.getName();

	private ClientAddress() {
	}

	/**
	 * The key of the client that sent this request, e.g. {@code 203.0.113.7} or
	 * {@code 2001:db8:0:0::/64}.
	 */
	public static String of(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof String key) ? key : keyFor(request.getRemoteAddr());
	}

	static String keyFor(String address) {
		return IpAddresses.parse(address).map(ClientAddress::keyFor).orElse(String.valueOf(address));
	}

	static String keyFor(InetAddress address) {
		if (!(address instanceof Inet6Address)) {
			return address.getHostAddress();
		}
		// getHostAddress() writes all eight groups of an IPv6 address; the first four are
		// its /64.
		String[] groups = address.getHostAddress().split(":");
		return String.join(":", Arrays.copyOf(groups, 4)) + "::/64";
	}

}
