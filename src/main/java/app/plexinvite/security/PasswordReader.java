package app.plexinvite.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Function;

/**
 * Where the hash-password command gets the password from: a terminal (asked twice,
 * without echo) or standard input (one line, for {@code echo pw | … hash-password}).
 */
@FunctionalInterface
interface PasswordReader {

	/**
	 * The password, never empty; throws {@link Refused} with a one-line message
	 * otherwise.
	 */
	char[] read();

	/**
	 * Asks twice through the prompt (a terminal's readPassword, which returns null at end
	 * of input) and requires both answers to be equal.
	 */
	static PasswordReader confirmed(Function<String, char[]> prompt) {
		return () -> {
			char[] first = nonEmpty(prompt.apply("Password: "));
			char[] second = prompt.apply("Repeat the password: ");
			boolean same = Arrays.equals(first, second);
			if (second != null) {
				Arrays.fill(second, '\0');
			}
			if (!same) {
				Arrays.fill(first, '\0');
				throw new Refused("the two passwords differ");
			}
			return first;
		};
	}

	/** The first line of the stream, read as UTF-8, without its line ending. */
	static PasswordReader firstLine(InputStream in) {
		return () -> {
			try {
				String line = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
				return nonEmpty((line != null) ? line.toCharArray() : null);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
	}

	private static char[] nonEmpty(char[] password) {
		if (password == null || password.length == 0) {
			throw new Refused("no password given; an empty password is not allowed");
		}
		return password;
	}

	/** The password could not be read; the message is one line for the terminal. */
	final class Refused extends RuntimeException {

		Refused(String message) {
			super(message);
		}

	}

}
