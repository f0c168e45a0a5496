package app.plexinvite.security;

import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * {@code java -jar plex-invite.jar hash-password}: prints an argon2id hash for
 * {@code ADMIN_PASSWORD_HASH}. On a terminal it asks for the password twice without echo;
 * otherwise it reads one line from standard input
 * ({@code echo 'pw' | java -jar plex-invite.jar hash-password}). Only the hash goes to
 * standard output, so it can be captured; the hint goes to standard error.
 */
public final class HashPasswordCommand {

	/** The first argument that selects this command. */
	public static final String NAME = "hash-password";

	static final int OK = 0;

	static final int FAILED = 2;

	private HashPasswordCommand() {
	}

	/**
	 * Runs the command.
	 * @param args the program arguments, with or without the leading "hash-password"
	 * @param in standard input, read when there is no console
	 * @param out receives the hash line only
	 * @param err receives the hint or a one-line error
	 * @param console the terminal ({@link System#console()}), or null when piped
	 * @return 0 on success, 2 on error
	 */
	public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, @Nullable Console console) {
		PasswordReader reader = (console != null)
				? PasswordReader.confirmed((prompt) -> console.readPassword("%s", prompt))
				: PasswordReader.firstLine(in);
		return run(args, reader, out, err);
	}

	static int run(String[] args, PasswordReader reader, PrintStream out, PrintStream err) {
		int extra = (args.length > 0 && NAME.equals(args[0])) ? args.length - 1 : args.length;
		if (extra > 0) {
			err.println(NAME + ": takes no arguments (a password in arguments would land in your shell history);"
					+ " type it when asked or pipe it on standard input");
			return FAILED;
		}
		char[] password;
		try {
			password = reader.read();
		}
		catch (PasswordReader.Refused | UncheckedIOException ex) {
			err.println(NAME + ": " + ex.getMessage());
			return FAILED;
		}
		String hash = new PasswordHashes().encode(CharBuffer.wrap(password));
		Arrays.fill(password, '\0');
		out.println(hash);
		err.println("Put this in your .env: ADMIN_PASSWORD_HASH='" + hash + "'");
		err.println("Keep the single quotes: docker compose and shells would otherwise expand the $ signs in it.");
		return OK;
	}

}
