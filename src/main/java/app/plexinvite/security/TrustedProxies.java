package app.plexinvite.security;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * The reverse proxies whose forwarding headers are believed, from TRUSTED_PROXIES: exact
 * addresses or CIDR blocks, IPv4 and IPv6. Empty by default. There is deliberately no
 * shorthand for "all private ranges": Docker and Tailscale clients live there too.
 */
record TrustedProxies(List<Block> blocks) {

	static final TrustedProxies NONE = new TrustedProxies(List.of());

	/**
	 * Parses a comma-separated list; a bad entry is an IllegalArgumentException naming
	 * it.
	 */
	static TrustedProxies parse(String text) {
		if (text == null || text.isBlank()) {
			return NONE;
		}
		List<Block> blocks = new ArrayList<>();
		for (String entry : text.split(",")) {
			if (!entry.isBlank()) {
				blocks.add(Block.parse(entry.strip()));
			}
		}
		return new TrustedProxies(List.copyOf(blocks));
	}

	boolean contains(InetAddress address) {
		return this.blocks.stream().anyMatch((block) -> block.contains(address));
	}

	record Block(InetAddress network, int prefix) {

		static Block parse(String entry) {
			int slash = entry.indexOf('/');
			String literal = (slash < 0) ? entry : entry.substring(0, slash);
			InetAddress network = IpAddresses.parse(literal).orElseThrow(() -> invalid(entry));
			int bits = network.getAddress().length * 8;
			int prefix = bits;
			if (slash >= 0) {
				try {
					prefix = Integer.parseInt(entry.substring(slash + 1));
				}
				catch (NumberFormatException ex) {
					throw invalid(entry);
				}
			}
			if (prefix < 0 || prefix > bits) {
				throw invalid(entry);
			}
			return new Block(network, prefix);
		}

		boolean contains(InetAddress address) {
			return IpAddresses.samePrefix(this.network.getAddress(), address.getAddress(), this.prefix);
		}

		private static IllegalArgumentException invalid(String entry) {
			return new IllegalArgumentException("must list IP addresses or CIDR blocks such as 172.18.0.2 or "
					+ "10.0.0.0/24, separated by commas ('" + entry + "' is neither)");
		}

	}

}
