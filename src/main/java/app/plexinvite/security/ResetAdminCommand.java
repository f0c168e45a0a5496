package app.plexinvite.security;

import java.io.Console;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.CharBuffer;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code java -jar plex-invite.jar reset-admin [name]}: lock-out recovery. Sets a new
 * password for a stored owner account (asked twice without echo on a terminal, else one
 * line from standard input) and removes its two-step sign-in. It opens the configured
 * database (DATABASE_URL or DATABASE_PATH, migrated as at start-up) without the web
 * server. Without a name it takes the only stored account. For the account from
 * ADMIN_PASSWORD_HASH it removes the two-step sign-in only: that password lives in the
 * environment (make a new one with hash-password).
 */
public final class ResetAdminCommand {

	/** The first argument that selects this command. */
	public static final String NAME = "reset-admin";

	static final int OK = 0;

	static final int FAILED = 2;

	private ResetAdminCommand() {
	}

	/** Runs the command on the configured database; 0 on success, 2 on error. */
	public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, @Nullable Console console) {
		PasswordReader reader = (console != null)
				? PasswordReader.confirmed((prompt) -> console.readPassword("%s", prompt))
				: PasswordReader.firstLine(in);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Database.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.run()) {
			String hash = context.getEnvironment().getProperty("security.admin-password-hash", "");
			Optional<String> fromEnvironment = hash.isBlank() ? Optional.empty()
					: Optional.ofNullable(context.getEnvironment().getProperty("security.admin-username"))
						.map(String::strip);
			return run(args, reader, context.getBean(JdbcClient.class), fromEnvironment, out, err);
		}
	}

	static int run(String[] args, PasswordReader reader, JdbcClient jdbc, Optional<String> fromEnvironment,
			PrintStream out, PrintStream err) {
		String[] names = (args.length > 0 && NAME.equals(args[0])) ? Arrays.copyOfRange(args, 1, args.length) : args;
		StoredOwnerAccount accounts = new StoredOwnerAccount(jdbc);
		StoredSecondFactors factors = new StoredSecondFactors(jdbc);
		if (names.length > 1) {
			err.println(NAME + ": takes at most one argument, the owner's name");
			return FAILED;
		}
		List<String> stored = accounts.findAll().stream().map(StoredOwnerAccount.Row::username).toList();
		String name = (names.length == 1) ? names[0] : (stored.size() == 1) ? stored.get(0) : null;
		if (name == null) {
			err.println(NAME + ": name the owner to reset; stored owners: "
					+ (stored.isEmpty() ? "none" : String.join(", ", stored)));
			return FAILED;
		}
		if (fromEnvironment.filter(name::equals).isPresent()) {
			boolean removed = factors.remove(name);
			out.println(NAME + ": '" + name + "' signs in with ADMIN_PASSWORD_HASH; make a new one with hash-password. "
					+ (removed ? "Two-step sign-in removed." : "It had no two-step sign-in."));
			return OK;
		}
		if (!stored.contains(name)) {
			err.println(NAME + ": no stored owner named '" + name + "'; stored owners: "
					+ (stored.isEmpty() ? "none" : String.join(", ", stored)));
			return FAILED;
		}
		return setPassword(name, reader, accounts, factors, out, err);
	}

	private static int setPassword(String name, PasswordReader reader, StoredOwnerAccount accounts,
			StoredSecondFactors factors, PrintStream out, PrintStream err) {
		char[] password;
		try {
			password = reader.read();
		}
		catch (PasswordReader.Refused | UncheckedIOException ex) {
			err.println(NAME + ": " + ex.getMessage());
			return FAILED;
		}
		if (password.length < OwnerAccounts.MIN_PASSWORD_LENGTH) {
			Arrays.fill(password, '\0');
			err.println(NAME + ": a password has at least " + OwnerAccounts.MIN_PASSWORD_LENGTH + " characters");
			return FAILED;
		}
		String hash = new PasswordHashes().encode(CharBuffer.wrap(password));
		Arrays.fill(password, '\0');
		accounts.updatePasswordHash(name, hash, Clock.systemUTC().instant());
		boolean removed = factors.remove(name);
		out.println(NAME + ": new password set for '" + name + "'. " + (removed
				? "Two-step sign-in removed; turn it on again on the account page." : "It had no two-step sign-in."));
		return OK;
	}

	/**
	 * Only the database: data source, Flyway (the schema as at start-up) and JdbcClient.
	 */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
			JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class })
	static class Database {

	}

}
