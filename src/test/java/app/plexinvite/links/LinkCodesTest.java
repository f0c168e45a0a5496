package app.plexinvite.links;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LinkCodesTest {

	@Test
	void makesRandomCodesOfTwentyUnambiguousCharactersWithAtLeast96Bits() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			String code = LinkCodes.random();
			assertThat(code).hasSize(20).doesNotContainAnyWhitespaces().matches("[a-z2-9]+");
			assertThat(code).doesNotContain("0", "o", "O", "1", "i", "I", "l");
			codes.add(code);
		}
		assertThat(codes).hasSize(1000);
		assertThat(20 * Math.log(LinkCodes.ALPHABET.length()) / Math.log(2)).isGreaterThanOrEqualTo(96);
	}

	@Test
	void acceptsOwnCodesOfEightToSixtyFourLettersDigitsDashesAndUnderscores() {
		assertThat(LinkCodes.problemWith("Fam_2026-x")).isNull();
		assertThat(LinkCodes.problemWith("a".repeat(64))).isNull();
		assertThat(LinkCodes.problemWith("abcdefg")).isEqualTo("admin.links.code.length");
		assertThat(LinkCodes.problemWith("a".repeat(65))).isEqualTo("admin.links.code.length");
		assertThat(LinkCodes.problemWith("with space")).isEqualTo("admin.links.code.characters");
		assertThat(LinkCodes.problemWith("caf\u00e9s-2026")).isEqualTo("admin.links.code.characters");
		assertThat(LinkCodes.problemWith("a/b/c/d/e")).isEqualTo("admin.links.code.characters");
		assertThat(LinkCodes.problemWith(" ")).isEqualTo("admin.links.code.required");
	}

	@Test
	void comparesCodesWithoutCase() {
		assertThat(LinkCodes.key("FamILY")).isEqualTo(LinkCodes.key("family"));
	}

}
