package app.plexinvite.backup;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import javax.sql.DataSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * {@code java -jar plex-invite.jar backup [target-file]}: a consistent copy of the
 * configured SQLite database, safe while Plex Invite runs. It opens the database
 * (DATABASE_PATH, as at start-up) without the web server and without migrating it, so a
 * copy taken before an upgrade holds the schema as it was. Without a target the copy is
 * {@code plex-invite-<UTC time>.db} beside the database. It never overwrites a file. On
 * PostgreSQL it says to use pg_dump and fails.
 */
public final class BackupCommand {

	/** The first argument that selects this command. */
	public static final String NAME = "backup";

	static final int OK = 0;

	static final int FAILED = 2;

	private BackupCommand() {
	}

	/** Runs the command on the configured database; 0 on success, 2 on error. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length > 1) {
			err.println(NAME + ": takes at most one argument, the file to write");
			return FAILED;
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Database.class)
			.web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("logging.level.com.zaxxer.hikari=warn")
			.run()) {
			DatabaseBackup backup = new DatabaseBackup(context.getBean(DataSource.class));
			return run(args, backup, Clock.systemUTC(), out, err);
		}
	}

	static int run(String[] args, DatabaseBackup backup, Clock clock, PrintStream out, PrintStream err) {
		try {
			if (!backup.supported()) {
				err.println(NAME + ": the database is PostgreSQL; back it up with pg_dump, for example "
						+ "pg_dump -Fc -f plex-invite.dump <database> (README, Backup and restore)");
				return FAILED;
			}
			Path database = backup.databaseFile();
			if (!backup.holdsSchema()) {
				err.println(NAME + ": there is no database at " + database + " (check DATABASE_PATH)");
				return FAILED;
			}
			Path target = (args.length == 1) ? Path.of(args[0])
					: database.resolveSibling(DatabaseBackup.fileName(clock.instant()));
			backup.copyTo(target);
			out.println(NAME + ": copied " + database + " to " + target.toAbsolutePath() + " (" + Files.size(target)
					+ " bytes). Keep SECRET_KEY (or the secret_key file beside the database) with it.");
			return OK;
		}
		catch (DatabaseBackup.BackupFailed | IOException ex) {
			err.println(NAME + ": " + ex.getMessage());
			return FAILED;
		}
	}

	/** Only the data source: no web server, no migration. */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration(DataSourceAutoConfiguration.class)
	static class Database {

	}

}
