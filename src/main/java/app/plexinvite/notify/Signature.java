package app.plexinvite.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code X-PlexInvite-Signature} of a generic delivery: {@code sha256=} and the
 * lower-case hex of HMAC-SHA256, keyed with the endpoint's secret (its UTF-8 bytes), over
 * the unix timestamp in seconds, a dot, and the exact body.
 */
final class Signature {

	static final String PREFIX = "sha256=";

	private Signature() {
	}

	static String sign(String secret, long timestamp, byte[] body) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update((timestamp + ".").getBytes(StandardCharsets.US_ASCII));
			return PREFIX + HexFormat.of().formatHex(mac.doFinal(body));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
