package app.plexinvite.invite;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlexIdentifierTest {

	@Test
	void trimsAndKeepsAUsernameWithALowerCaseKey() {
		PlexIdentifier identifier = PlexIdentifier.parse("  Alice.Smith_99-x \t");

		assertThat(identifier.value()).isEqualTo("Alice.Smith_99-x");
		assertThat(identifier.key()).isEqualTo("alice.smith_99-x");
		assertThat(identifier.email()).isFalse();
	}

	@Test
	void comparesEmailsWithoutRegardToCase() {
		PlexIdentifier typed = PlexIdentifier.parse("Alice@Example.COM");

		assertThat(typed.email()).isTrue();
		assertThat(typed.value()).isEqualTo("Alice@Example.COM");
		assertThat(typed.key()).isEqualTo(PlexIdentifier.parse("alice@example.com").key());
	}

	@Test
	void normalisesFullWidthLettersToAscii() {
		assertThat(PlexIdentifier.parse("ａｌｉｃｅ").value()).isEqualTo("alice");
	}

	@Test
	void refusesACyrillicLookalikeInALatinName() {
		assertRefused("\u0430lice", "invite.identifier.mixed-script");
		assertRefused("b\u043eb@example.com", "invite.identifier.mixed-script");
	}

	@Test
	void refusesNamesInAnotherScriptOrWithAccents() {
		assertRefused("\u0430\u043b\u0438\u0441\u0430", "invite.identifier.not-ascii");
		assertRefused("jos\u00e9", "invite.identifier.not-ascii");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "\t" })
	void refusesNothing(String typed) {
		assertRefused(typed, "invite.identifier.required");
	}

	@ParameterizedTest
	@CsvSource({ "alice smith,invite.identifier.username-invalid", "alice!,invite.identifier.username-invalid",
			"alice@,invite.identifier.email-invalid", "@example.com,invite.identifier.email-invalid",
			"alice@example,invite.identifier.email-invalid", "a..b@example.com,invite.identifier.email-invalid",
			"alice@-example.com,invite.identifier.email-invalid", "a@b@example.com,invite.identifier.email-invalid" })
	void refusesMalformedInput(String typed, String key) {
		assertRefused(typed, key);
	}

	@Test
	void limitsUsernamesTo64AndEmailsTo254Characters() {
		assertThat(PlexIdentifier.parse("a".repeat(64)).value()).hasSize(64);
		assertRefused("a".repeat(65), "invite.identifier.username-too-long");
		String longest = "a".repeat(64) + "@" + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".com";
		assertThat(longest).hasSize(254);
		assertThat(PlexIdentifier.parse(longest).email()).isTrue();
		assertRefused("x" + longest, "invite.identifier.email-too-long");
	}

	@Test
	void everyValidUsernameParsesToItselfWithALowerCaseKey() {
		String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-";
		Random random = new Random(20260501);
		for (int i = 0; i < 2000; i++) {
			StringBuilder name = new StringBuilder();
			int length = 1 + random.nextInt(64);
			for (int c = 0; c < length; c++) {
				name.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			PlexIdentifier parsed = PlexIdentifier.parse(" " + name + " ");
			assertThat(parsed.value()).isEqualTo(name.toString());
			assertThat(parsed.key()).isEqualTo(name.toString().toLowerCase(java.util.Locale.ROOT));
			assertThat(PlexIdentifier.parse(parsed.value())).isEqualTo(parsed);
		}
	}

	private static void assertRefused(String typed, String key) {
		assertThatThrownBy(() -> PlexIdentifier.parse(typed)).isInstanceOf(PlexIdentifier.Invalid.class)
			.extracting((ex) -> ((PlexIdentifier.Invalid) ex).messageKey())
			.isEqualTo(key);
	}

}
