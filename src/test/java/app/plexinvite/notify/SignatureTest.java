package app.plexinvite.notify;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signature matches what the README's verifiers compute (this vector came from its
 * Python example: hmac.new(b"whsec_test", b"1700000000." + body, sha256)).
 */
class SignatureTest {

	private static final byte[] BODY = "{\"id\":\"x\"}".getBytes(StandardCharsets.UTF_8);

	@Test
	void isHmacSha256OfTimestampDotBodyInLowerCaseHex() {
		assertThat(Signature.sign("whsec_test", 1700000000L, BODY))
			.isEqualTo("sha256=80e8d098018f757aa814ab1abb924f35d304affa1d93d29611a54696207eb7c3");
	}

	@Test
	void changesWithTheSecretTheTimestampAndTheBody() {
		String signature = Signature.sign("whsec_test", 1700000000L, BODY);
		assertThat(Signature.sign("whsec_other", 1700000000L, BODY)).isNotEqualTo(signature);
		assertThat(Signature.sign("whsec_test", 1700000001L, BODY)).isNotEqualTo(signature);
		assertThat(Signature.sign("whsec_test", 1700000000L, "{\"id\":\"y\"}".getBytes(StandardCharsets.UTF_8)))
			.isNotEqualTo(signature);
	}

}
