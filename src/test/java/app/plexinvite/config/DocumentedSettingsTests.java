package app.plexinvite.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every setting the application reads is in the README's table and in .env.example, and
 * nothing extra is.
 */
class DocumentedSettingsTests {

	private static List<String> readmeRows() throws IOException {
		return Files.readAllLines(Path.of("README.md"))
			.stream()
			.filter((line) -> line.startsWith("| `") && line.matches("\\| `[A-Z_]+`.*"))
			.toList();
	}

	@Test
	void theReadmeTableHasARowForEverySettingAndItsAliases() throws IOException {
		List<String> rows = readmeRows();
		for (Setting setting : Setting.values()) {
			assertThat(rows).as("README row for " + setting.name())
				.anySatisfy((row) -> assertThat(row).startsWith("| `" + setting.name() + "`"));
			String row = rows.stream().filter((r) -> r.startsWith("| `" + setting.name() + "`")).findFirst().get();
			setting.aliases().forEach((alias) -> assertThat(row).as("alias of " + setting.name()).contains(alias));
			setting.defaultValue()
				.ifPresent((value) -> assertThat(row).as("default of " + setting.name()).contains(value));
		}
	}

	@Test
	void theReadmeTableDocumentsNoSettingThatDoesNotExist() throws IOException {
		List<String> names = Arrays.stream(Setting.values()).map(Setting::name).toList();
		assertThat(readmeRows()).allSatisfy((row) -> assertThat(names).contains(row.substring(3, row.indexOf('`', 3))));
	}

	@Test
	void theExampleFileNamesEverySettingWithAComment() throws IOException {
		List<String> lines = Files.readAllLines(Path.of(".env.example"));
		for (Setting setting : Setting.values()) {
			int index = lines.indexOf(lines.stream()
				.filter((line) -> line.startsWith(setting.name() + "="))
				.findFirst()
				.orElseThrow(() -> new AssertionError(setting.name() + " is missing from .env.example")));
			boolean commented = lines.subList(Math.max(0, index - 3), index)
				.stream()
				.anyMatch((l) -> l.startsWith("#"));
			assertThat(commented).as("comment above " + setting.name()).isTrue();
		}
	}

}
