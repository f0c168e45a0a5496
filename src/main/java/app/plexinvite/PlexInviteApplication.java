package app.plexinvite;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import app.plexinvite.backup.BackupCommand;
import app.plexinvite.plexsim.SimulatorCommand;
import app.plexinvite.security.HashPasswordCommand;
import app.plexinvite.security.ResetAdminCommand;

/**
 * Starts Plex Invite. Besides the web application it understands five things on the
 * command line: {@code hash-password} (prints an argon2id hash for ADMIN_PASSWORD_HASH),
 * {@code reset-admin [name]} (new password, two-step sign-in removed: lock-out recovery),
 * {@code backup [file]} (a consistent copy of the SQLite database, also while it runs),
 * {@code plex-simulator [--port=N] [--latency=300ms] [--max-concurrent=N]
 * [--error-rate=0.0]} (only the Plex simulator with the demo world, as a process of its
 * own for benchmarks; it prints a {@code PLEXSIM READY} line and runs until stopped) and
 * {@code --demo} (runs against the built-in Plex simulator, like the {@code demo}
 * profile).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class PlexInviteApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("hash-password")) {
			System.exit(HashPasswordCommand.run(Arrays.copyOfRange(args, 1, args.length), System.in, System.out,
					System.err, System.console()));
		}
		if (args.length > 0 && args[0].equals(ResetAdminCommand.NAME)) {
			System.exit(ResetAdminCommand.run(Arrays.copyOfRange(args, 1, args.length), System.in, System.out,
					System.err, System.console()));
		}
		if (args.length > 0 && args[0].equals(BackupCommand.NAME)) {
			System.exit(BackupCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		if (args.length > 0 && args[0].equals(SimulatorCommand.NAME)) {
			System.exit(SimulatorCommand.run(Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
		}
		SpringApplication application = new SpringApplication(PlexInviteApplication.class);
		if (Arrays.asList(args).contains("--demo")) {
			application.setAdditionalProfiles("demo");
		}
		application.run(Arrays.stream(args).filter((arg) -> !arg.equals("--demo")).toArray(String[]::new));
	}

}
