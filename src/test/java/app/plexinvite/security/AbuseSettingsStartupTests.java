package app.plexinvite.security;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import app.plexinvite.PlexInviteApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A rate limit or proxy list that cannot be read stops start-up in one line naming it.
 */
@ExtendWith(OutputCaptureExtension.class)
class AbuseSettingsStartupTests {

	/** The system property config's settings reader takes the .env file from. */
	private static final String ENV_FILE = "plexinvite.env-file";

	@TempDir
	Path folder;

	@AfterEach
	void forgetEnvFile() {
		System.clearProperty(ENV_FILE);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "RATE_LIMIT_INVITE=5 per minute|RATE_LIMIT_INVITE must be limits such as",
					"RATE_LIMIT_DEFAULT=50/hour;x|RATE_LIMIT_DEFAULT must be limits such as",
					"RATE_LIMIT_INVITE_TOTAL=0/hour|RATE_LIMIT_INVITE_TOTAL must be limits such as",
					"TRUSTED_PROXIES=10.0.0.0/8, all-private|TRUSTED_PROXIES must list IP addresses or CIDR blocks" })
	void stopsStartUpInOneLineNamingTheVariable(String line, String message, CapturedOutput output) throws Exception {
		Path envFile = this.folder.resolve(".env");
		Files.writeString(envFile,
				line + "\nADMIN_PASSWORD_HASH='$2a$04$xxc9FtYkrNMJNqGAhMBfN.ThosFCadHukAaMLHYRrUMGSlMp6X4WO'"
						+ "\nDATABASE_PATH=" + this.folder.resolve("x.db") + "\n");
		System.setProperty(ENV_FILE, envFile.toString());

		assertThatException()
			.isThrownBy(() -> new SpringApplication(PlexInviteApplication.class).run("--server.port=0"));
		assertThat(output.getErr()).contains("Plex Invite cannot start: " + message);
		assertThat(output.getAll()).doesNotContain("APPLICATION FAILED TO START").doesNotContain("\tat ");
	}

}
