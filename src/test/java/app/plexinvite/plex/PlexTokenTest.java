package app.plexinvite.plex;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PlexTokenTest {

	@Test
	void masksItselfInToString() {
		PlexToken token = new PlexToken("CxoUzBTSV5hsxjTpFKaf");

		assertThat(token.toString()).doesNotContain("CxoU").doesNotContain("TpFKaf");
		assertThat(new PlexServerConnection("S", "mid", java.net.URI.create("http://127.0.0.1:1"), token).toString())
			.doesNotContain("CxoUzBTSV5hsxjTpFKaf");
	}

	@Test
	void acceptsJwtsAndShortTokensAlike() {
		assertThat(new PlexToken("eyJhbGciOiJFZERTQSJ9.eyJ4IjoxfQ.c2ln").value()).startsWith("eyJ");
		assertThat(new PlexToken(" abc ").value()).isEqualTo("abc");
	}

	@Test
	void refusesABlankToken() {
		assertThatIllegalArgumentException().isThrownBy(() -> new PlexToken("  "));
		assertThat(PlexToken.ofNullable("")).isNull();
	}

}
