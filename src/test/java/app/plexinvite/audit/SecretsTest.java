package app.plexinvite.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretsTest {

	@Test
	void masksRandomLookingRunsButKeepsNamesAndAddresses() {
		assertThat(Secrets.mask("request #12 (alice.smith@example.com) from 2001:db8::1"))
			.isEqualTo("request #12 (alice.smith@example.com) from 2001:db8::1");
		assertThat(Secrets.mask("link abcdefghjkmnpqrstuvw")).isEqualTo("link [masked]");
		assertThat(Secrets.mask("user q7Wk2pLm9ZxR4tYv")).isEqualTo("user [masked]");
	}

	@Test
	void masksTheValueAfterASecretSoundingName() {
		assertThat(Secrets.mask("Token: abc, pin=1234; password = 'a b'"))
			.isEqualTo("Token: [masked], pin=[masked]; password = [masked]");
	}

	@Test
	void cleansToOneShortLine() {
		assertThat(Secrets.clean("a\nb\tc", 10)).isEqualTo("a b c");
		assertThat(Secrets.clean("abcdef ghijk", 6)).isEqualTo("abcde…");
		assertThat(Secrets.clean("  ", 6)).isNull();
	}

}
