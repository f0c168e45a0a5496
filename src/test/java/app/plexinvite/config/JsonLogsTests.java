package app.plexinvite.config;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import app.plexinvite.PlexInviteApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * LOG_FORMAT=json, as the owner sets it: the application started in its own JVM with the
 * variable writes one JSON object per line on the console, from the first line to
 * "Started".
 */
class JsonLogsTests {

	private static final Duration START_UP = Duration.ofSeconds(120);

	@TempDir
	Path folder;

	@Test
	void everyConsoleLineIsOneJsonObject() throws Exception {
		ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"--enable-native-access=ALL-UNNAMED", "-cp", applicationClassPath(), "-XX:TieredStopAtLevel=1",
				"-Dserver.port=0", PlexInviteApplication.class.getName())
			.directory(this.folder.toFile())
			.redirectError(this.folder.resolve("stderr.txt").toFile());
		builder.environment().put("LOG_FORMAT", "json");
		builder.environment().put("HOST", "127.0.0.1");
		builder.environment().put("DATABASE_PATH", this.folder.resolve("invites.db").toString());
		builder.environment().put("SECRET_KEY", "json-logs-test");
		Process app = builder.start();
		try {
			List<String> lines = linesUntilStarted(app);
			JsonMapper json = JsonMapper.builder().build();
			for (String line : lines) {
				JsonNode entry = json.readTree(line);
				assertThat(entry.isObject()).as(line).isTrue();
				assertThat(entry.path("@timestamp").isString()).as(line).isTrue();
				assertThat(entry.path("log").path("level").isString()).as(line).isTrue();
				assertThat(entry.path("message").isString()).as(line).isTrue();
			}
			assertThat(lines).hasSizeGreaterThan(3);
		}
		finally {
			app.destroy();
			if (!app.waitFor(30, TimeUnit.SECONDS)) {
				app.destroyForcibly();
			}
		}
	}

	/**
	 * The test class path without the tests' own classes and resources, whose
	 * logback-test.xml would stand in for the application's logging set-up.
	 */
	private static String applicationClassPath() {
		String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		return Arrays.stream(classPath.split(File.pathSeparator))
			.filter((entry) -> !Path.of(entry).endsWith("test-classes"))
			.collect(Collectors.joining(File.pathSeparator));
	}

	/** The console's lines up to "Started PlexInviteApplication", within a deadline. */
	private static List<String> linesUntilStarted(Process app) throws Exception {
		List<String> lines = new ArrayList<>();
		CompletableFuture<Boolean> started = CompletableFuture.supplyAsync(() -> {
			try (BufferedReader out = new BufferedReader(
					new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = out.readLine(); line != null; line = out.readLine()) {
					synchronized (lines) {
						lines.add(line);
					}
					if (line.contains("Started PlexInviteApplication")) {
						return true;
					}
				}
				return false;
			}
			catch (java.io.IOException ex) {
				return false;
			}
		});
		boolean done;
		try {
			done = started.get(START_UP.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			done = false;
		}
		synchronized (lines) {
			if (!done) {
				fail("The application did not start; its console said:%n%s", String.join("\n", lines));
			}
			return List.copyOf(lines);
		}
	}

}
