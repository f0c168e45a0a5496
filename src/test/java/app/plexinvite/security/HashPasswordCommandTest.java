package app.plexinvite.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HashPasswordCommandTest {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private final List<String> prompts = new ArrayList<>();

	@Test
	void hashesTheFirstLineOfStandardInputWhenThereIsNoConsole() {
		int status = runPiped("pässwörd 🔑\nsecond line\n");

		assertThat(status).isZero();
		String hash = out().strip();
		assertThat(out().lines()).singleElement().asString().startsWith("$argon2id$");
		assertThat(new PasswordHashes().matches("pässwörd 🔑", hash)).isTrue();
		assertThat(err()).contains("Put this in your .env: ADMIN_PASSWORD_HASH='" + hash + "'")
			.contains("single quotes", "$");
	}

	@Test
	void keepsSpacesButDropsTheLineEnding() {
		runPiped(" two words \r\n");

		assertThat(new PasswordHashes().matches(" two words ", out().strip())).isTrue();
	}

	@Test
	void refusesAnEmptyPasswordOnStandardInput() {
		assertThat(runPiped("\n")).isEqualTo(2);
		assertThat(runPiped("")).isEqualTo(2);

		assertThat(out()).isEmpty();
		assertThat(err().lines()).hasSize(2).allSatisfy((line) -> assertThat(line).contains("empty password"));
	}

	@Test
	void asksTwiceOnAConsoleAndHashesMatchingAnswers() {
		int status = runOnConsole("s3cret!", "s3cret!");

		assertThat(status).isZero();
		assertThat(this.prompts).containsExactly("Password: ", "Repeat the password: ");
		assertThat(new PasswordHashes().matches("s3cret!", out().strip())).isTrue();
	}

	@Test
	void refusesDifferentAnswersOnAConsole() {
		int status = runOnConsole("s3cret!", "s3cret?");

		assertThat(status).isEqualTo(2);
		assertThat(out()).isEmpty();
		assertThat(err()).isEqualTo("hash-password: the two passwords differ" + System.lineSeparator());
	}

	@Test
	void refusesAnEmptyAnswerOrEndOfInputOnAConsole() {
		assertThat(runOnConsole("", "")).isEqualTo(2);
		assertThat(runOnConsole((String) null)).isEqualTo(2);

		assertThat(out()).isEmpty();
		assertThat(this.prompts).containsExactly("Password: ", "Password: ");
	}

	@Test
	void refusesAPasswordGivenAsAnArgument() {
		int status = HashPasswordCommand.run(new String[] { "hash-password", "hunter2" },
				new ByteArrayInputStream(new byte[0]), print(this.out), print(this.err), null);

		assertThat(status).isEqualTo(2);
		assertThat(out()).isEmpty();
		assertThat(err()).contains("takes no arguments").doesNotContain("hunter2");
	}

	private int runPiped(String stdin) {
		return HashPasswordCommand.run(new String[] { "hash-password" },
				new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), print(this.out), print(this.err),
				null);
	}

	/**
	 * Answers the prompts in order, as Console.readPassword would (null = end of input).
	 */
	private int runOnConsole(String... answers) {
		Iterator<String> next = Arrays.asList(answers).iterator();
		PasswordReader console = PasswordReader.confirmed((prompt) -> {
			this.prompts.add(prompt);
			String answer = next.next();
			return (answer != null) ? answer.toCharArray() : null;
		});
		return HashPasswordCommand.run(new String[] { "hash-password" }, console, print(this.out), print(this.err));
	}

	private static PrintStream print(ByteArrayOutputStream stream) {
		return new PrintStream(stream, true, StandardCharsets.UTF_8);
	}

	private String out() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return this.err.toString(StandardCharsets.UTF_8);
	}

}
