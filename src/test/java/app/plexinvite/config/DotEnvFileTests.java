package app.plexinvite.config;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DotEnvFileTests {

	private static Map<String, String> parse(String text) {
		return DotEnvFile.parse(text, (name) -> null);
	}

	@Test
	void readsTheSeedAppsFileUnchanged() {
		String seed = """
				# Plex Invite (Flask) settings
				SECRET_KEY=change-me
				PLEX_TOKEN=abcDEF123
				PLEX_SERVER_NAME="My Plex Server"
				ADMIN_USERNAME=admin
				ADMIN_PASSWORD_HASH=pbkdf2:sha256:600000$Xy12$0f3a
				export FLASK_PORT=5000
				""";
		assertThat(parse(seed)).containsExactly(Map.entry("SECRET_KEY", "change-me"),
				Map.entry("PLEX_TOKEN", "abcDEF123"), Map.entry("PLEX_SERVER_NAME", "My Plex Server"),
				Map.entry("ADMIN_USERNAME", "admin"),
				Map.entry("ADMIN_PASSWORD_HASH", "pbkdf2:sha256:600000$Xy12$0f3a"), Map.entry("FLASK_PORT", "5000"));
	}

	@Test
	void takesSingleQuotedValuesLiterally() {
		assertThat(parse("HASH='scrypt:32768:8:1$salt$${NOT_EXPANDED} # kept'")).containsEntry("HASH",
				"scrypt:32768:8:1$salt$${NOT_EXPANDED} # kept");
	}

	@Test
	void unescapesDoubleQuotedValuesOverSeveralLines() {
		assertThat(parse("MESSAGE=\"Line one\\nsays \\\"hi\\\"\nline two\"\nNEXT=1"))
			.containsEntry("MESSAGE", "Line one\nsays \"hi\"\nline two")
			.containsEntry("NEXT", "1");
	}

	@Test
	void endsUnquotedValuesAtAComment() {
		assertThat(parse("PORT=5000   # the port\nCODE=a#b")).containsEntry("PORT", "5000")
			.containsEntry("CODE", "a#b");
	}

	@Test
	void expandsVariablesWithTheEnvironmentWinning() {
		Map<String, String> values = DotEnvFile.parse("""
				HOST_NAME=from-file
				URL=https://${HOST_NAME}/invite
				OTHER=${MISSING:-fallback}
				""", (name) -> name.equals("HOST_NAME") ? "from-env" : null);
		assertThat(values).containsEntry("URL", "https://from-env/invite").containsEntry("OTHER", "fallback");
	}

	@Test
	void expandsEarlierValuesOfTheFile() {
		assertThat(parse("A=one\nB=${A}-two")).containsEntry("B", "one-two");
	}

	@Test
	void skipsBlankLinesCommentsAndLinesWithoutAValue() {
		assertThat(parse("\n# comment\nJUST_A_NAME\n=novalue\nKEY = spaced \n")).containsOnlyKeys("KEY")
			.containsEntry("KEY", "spaced");
	}

	@Test
	void toleratesWindowsLineEndingsAndAByteOrderMark() {
		assertThat(parse("\uFEFFA=1\r\nB='two'\r\n")).containsEntry("A", "1").containsEntry("B", "two");
	}

	@Test
	void keepsAnEmptyValueAsEmpty() {
		assertThat(parse("INVITE_CODE=\nOTHER=\"\"")).containsEntry("INVITE_CODE", "").containsEntry("OTHER", "");
	}

}
