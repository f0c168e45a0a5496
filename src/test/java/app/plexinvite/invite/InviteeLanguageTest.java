package app.plexinvite.invite;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InviteeLanguageTest {

	@Test
	void keepsAWellFormedTag() {
		assertThat(InviteeLanguage.tag(Locale.forLanguageTag("de-DE"))).isEqualTo("de-DE");
		assertThat(InviteeLanguage.tag(Locale.forLanguageTag("zh-Hant-TW"))).isEqualTo("zh-Hant-TW");
		assertThat(InviteeLanguage.parse("pt-BR")).isEqualTo(Locale.forLanguageTag("pt-BR"));
	}

	@Test
	void dropsAMissingUndeterminedOrOverlongLanguage() {
		Locale overlong = Locale.forLanguageTag("de-DE-x-aaaaaaaa-bbbbbbbb-cccccccc-dddddddd");

		assertThat(InviteeLanguage.tag(null)).isNull();
		assertThat(InviteeLanguage.tag(Locale.ROOT)).isNull();
		assertThat(overlong.toLanguageTag()).hasSizeGreaterThan(InviteeLanguage.MAX_TAG);
		assertThat(InviteeLanguage.tag(overlong)).isNull();
		assertThat(InviteeLanguage.usable(overlong)).isNull();
	}

	@Test
	void readsNoLanguageFromTextThatIsNoTag() {
		assertThat(InviteeLanguage.parse(null)).isNull();
		assertThat(InviteeLanguage.parse(" ")).isNull();
		assertThat(InviteeLanguage.parse("<script>alert(1)</script>")).isNull();
		assertThat(InviteeLanguage.parse("x".repeat(36))).isNull();
	}

}
