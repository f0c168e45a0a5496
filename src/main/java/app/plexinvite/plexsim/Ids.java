package app.plexinvite.plexsim;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Identifiers shaped like plex.tv's: large integer ids, hex uuids and machine ids, opaque
 * tokens.
 */
final class Ids {

	private static final String TOKEN_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";

	private static final String LOWER_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789";

	private static final String UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

	private final SecureRandom random = new SecureRandom();

	// Real values are large ints: account 13692262, share 907759180, section 35723967,
	// pin 1272322473
	// (plex-protocol.md §1a, §5b, §4a, §10a).
	private final AtomicLong accountIds = new AtomicLong(13_692_262);

	private final AtomicLong shareIds = new AtomicLong(907_759_180);

	private final AtomicLong sectionIds = new AtomicLong(23_581_311);

	private final AtomicLong serverIds = new AtomicLong(9_999_999);

	private final AtomicLong pinIds = new AtomicLong(1_272_322_473);

	long accountId() {
		return this.accountIds.getAndAdd(1 + this.random.nextInt(97));
	}

	long shareId() {
		return this.shareIds.getAndAdd(1 + this.random.nextInt(997));
	}

	long sectionId() {
		return this.sectionIds.getAndAdd(1 + this.random.nextInt(13));
	}

	long serverId() {
		return this.serverIds.getAndAdd(1 + this.random.nextInt(31));
	}

	long pinId() {
		return this.pinIds.getAndAdd(1 + this.random.nextInt(53));
	}

	/** plex-protocol.md §0.3: an opaque 20-character token. */
	String token() {
		return pick(TOKEN_ALPHABET, 20);
	}

	String uuid() {
		return hex(8);
	}

	String machineIdentifier() {
		return hex(20);
	}

	/**
	 * plex-protocol.md §10a: strong codes are 25 lowercase alphanumerics, others 4
	 * characters.
	 */
	String pinCode(boolean strong) {
		return strong ? pick(LOWER_ALNUM, 25) : pick(UPPER_ALNUM, 4);
	}

	private String hex(int bytes) {
		byte[] value = new byte[bytes];
		this.random.nextBytes(value);
		return HexFormat.of().formatHex(value);
	}

	private String pick(String alphabet, int length) {
		StringBuilder out = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			out.append(alphabet.charAt(this.random.nextInt(alphabet.length())));
		}
		return out.toString();
	}

}
