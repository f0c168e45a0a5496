package app.plexinvite.config;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import app.plexinvite.PlexInviteApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

@ExtendWith(OutputCaptureExtension.class)
class StartupFailureTests {

	@TempDir
	Path folder;

	@AfterEach
	void forgetEnvFile() {
		System.clearProperty(SettingsEnvironmentPostProcessor.ENV_FILE_PROPERTY);
	}

	@Test
	void aBadValueInDotEnvStopsStartUpWithOneLineAndNoStackTrace(CapturedOutput output) throws Exception {
		Path envFile = this.folder.resolve(".env");
		Files.writeString(envFile, "PLEX_TV_URL=ftp://plex.tv\nDATABASE_PATH=" + this.folder.resolve("x.db") + "\n");
		System.setProperty(SettingsEnvironmentPostProcessor.ENV_FILE_PROPERTY, envFile.toString());
		assertThatException().isThrownBy(() -> new SpringApplication(PlexInviteApplication.class).run());
		assertThat(output.getErr()).contains("Plex Invite cannot start: PLEX_TV_URL must be an http:// or https://"
				+ " address with a host name (got 'ftp://plex.tv') " + SettingsFailureAnalyzer.ACTION);
		assertThat(output.getAll()).doesNotContain("APPLICATION FAILED TO START").doesNotContain("\tat ");
	}

	@Test
	void aPasswordHashInAnUnknownFormatStopsStartUpWithOneLineNamingTheVariable(CapturedOutput output)
			throws Exception {
		Path envFile = this.folder.resolve(".env");
		Files.writeString(envFile, "ADMIN_PASSWORD_HASH=md5:abc\nDATABASE_PATH=" + this.folder.resolve("x.db") + "\n");
		System.setProperty(SettingsEnvironmentPostProcessor.ENV_FILE_PROPERTY, envFile.toString());
		assertThatException().isThrownBy(() -> new SpringApplication(PlexInviteApplication.class).run());
		assertThat(output.getErr())
			.containsPattern("Plex Invite cannot start: ADMIN_PASSWORD_HASH is not .*hash-password");
		assertThat(output.getAll()).doesNotContain("APPLICATION FAILED TO START").doesNotContain("\tat ");
	}

	@Test
	void aBasePathThatDisagreesWithPublicUrlStopsStartUpWithOneLine(CapturedOutput output) throws Exception {
		Path envFile = this.folder.resolve(".env");
		Files.writeString(envFile, "BASE_PATH=/invite\nPUBLIC_URL=https://example.com/join\nDATABASE_PATH="
				+ this.folder.resolve("x.db") + "\n");
		System.setProperty(SettingsEnvironmentPostProcessor.ENV_FILE_PROPERTY, envFile.toString());
		assertThatException().isThrownBy(() -> new SpringApplication(PlexInviteApplication.class).run());
		assertThat(output.getErr()).contains("Plex Invite cannot start: BASE_PATH is /invite but PUBLIC_URL's path is"
				+ " /join: leave one of them empty or make them the same " + SettingsFailureAnalyzer.ACTION);
		assertThat(output.getAll()).doesNotContain("APPLICATION FAILED TO START").doesNotContain("\tat ");
	}

	@Test
	void anUnreadableSecretFileStopsStartUpWithOneLineNamingItsVariable(CapturedOutput output) throws Exception {
		Path envFile = this.folder.resolve(".env");
		Path missing = this.folder.resolve("plex_token");
		Files.writeString(envFile,
				"PLEX_TOKEN_FILE=" + missing + "\nDATABASE_PATH=" + this.folder.resolve("x.db") + "\n");
		System.setProperty(SettingsEnvironmentPostProcessor.ENV_FILE_PROPERTY, envFile.toString());
		assertThatException().isThrownBy(() -> new SpringApplication(PlexInviteApplication.class).run());
		assertThat(output.getErr())
			.contains("Plex Invite cannot start: PLEX_TOKEN_FILE names a file that cannot be read: " + missing);
		assertThat(output.getAll()).doesNotContain("APPLICATION FAILED TO START").doesNotContain("\tat ");
	}

}
