package app.plexinvite.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IP address literals, parsed without ever asking DNS: a value that is not an IPv4 or
 * IPv6 literal is no address.
 */
final class IpAddresses {

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

	private IpAddresses() {
	}

	static Optional<InetAddress> parse(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String literal = text.strip();
		if (literal.startsWith("[") && literal.endsWith("]")) {
			literal = literal.substring(1, literal.length() - 1);
		}
		int zone = literal.indexOf('%');
		if (zone >= 0) {
			literal = literal.substring(0, zone);
		}
		if (!IPV4.matcher(literal).matches() && !IPV6.matcher(literal).matches()) {
			return Optional.empty();
		}
		try {
			// A literal: InetAddress only parses it, no lookup happens.
			return Optional.of(InetAddress.getByName(literal));
		}
		catch (UnknownHostException ex) {
			return Optional.empty();
		}
	}

	/** Whether the first {@code prefix} bits of both addresses agree. */
	static boolean samePrefix(byte[] a, byte[] b, int prefix) {
		if (a.length != b.length) {
			return false;
		}
		int fullBytes = prefix / 8;
		for (int i = 0; i < fullBytes; i++) {
			if (a[i] != b[i]) {
				return false;
			}
		}
		int remainder = prefix % 8;
		if (remainder == 0) {
			return true;
		}
		int mask = (0xFF << (8 - remainder)) & 0xFF;
		return (a[fullBytes] & mask) == (b[fullBytes] & mask);
	}

}
