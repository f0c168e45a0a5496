package app.plexinvite.batch;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchCsvTest {

	private static List<CsvLine> parse(String text) {
		return BatchCsv.parse(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void readsCommaSeparatedRowsWithoutAHeader() {
		List<CsvLine> lines = parse("alice,Alice A,Family,30d,Welcome\nbob@example.com\n");

		assertThat(lines).containsExactly(new CsvLine(1, "alice", "Alice A", "Family", "30d", "Welcome"),
				new CsvLine(2, "bob@example.com", null, null, null, null));
	}

	@Test
	void skipsAHeaderRowAndCountsRowsAsASpreadsheetDoes() {
		List<CsvLine> lines = parse("Username,Name,Profile,Expiry,Message\r\ncarol,Carol,,2027-03-01,\r\n");

		assertThat(lines).containsExactly(new CsvLine(2, "carol", "Carol", null, "2027-03-01", null));
	}

	@Test
	void knowsHeaderRowsInThePagesLanguages() {
		for (String header : List.of("Benutzername", "Nom d’utilisateur", "Nombre de usuario", "Nome de usuário",
				"Gebruikersnaam", "Nome utente", "Användarnamn", "E-post")) {
			assertThat(parse(header + ";Name\nerin;Erin\n")).as(header)
				.containsExactly(new CsvLine(2, "erin", "Erin", null, null, null));
		}
	}

	@Test
	void dropsAByteOrderMarkBeforeTheHeader() {
		List<CsvLine> lines = parse("\uFEFFe-mail;name\ndave@example.com;Dave\n");

		assertThat(lines).extracting(CsvLine::identifier).containsExactly("dave@example.com");
		assertThat(lines.get(0).name()).isEqualTo("Dave");
	}

	@Test
	void detectsSemicolonsAndKeepsCommasInsideCells() {
		List<CsvLine> lines = parse("erin;Erin, from work;;;Hello, Erin\n");

		assertThat(lines).containsExactly(new CsvLine(1, "erin", "Erin, from work", null, null, "Hello, Erin"));
	}

	@Test
	void readsQuotesWithSeparatorsDoubledQuotesAndNewlines() {
		List<CsvLine> lines = parse("frank,\"Frank \"\"the tank\"\", Jr.\",,,\"line one\nline two\"\ngina\n");

		assertThat(lines).hasSize(2);
		assertThat(lines.get(0).name()).isEqualTo("Frank \"the tank\", Jr.");
		assertThat(lines.get(0).message()).isEqualTo("line one\nline two");
		assertThat(lines.get(1).identifier()).isEqualTo("gina");
	}

	@Test
	void skipsEmptyAndBlankLinesAndTrimsCells() {
		List<CsvLine> lines = parse("\n  hank  ,  Hank  \n\n , , \n\nivy\n");

		assertThat(lines).extracting(CsvLine::identifier).containsExactly("hank", "ivy");
		assertThat(lines.get(0).name()).isEqualTo("Hank");
	}

	@Test
	void semicolonsInsideQuotesDoNotDecideTheSeparator() {
		assertThat(BatchCsv.separator("\"a;b;c\",d\n")).isEqualTo(',');
		assertThat(BatchCsv.separator("a;b,c;d\n")).isEqualTo(';');
	}

	@Test
	void readsTenThousandRows() {
		String text = IntStream.rangeClosed(1, BatchCsv.MAX_ROWS)
			.mapToObj((i) -> "user" + i + ",Name " + i + ",,30d,hi")
			.collect(Collectors.joining("\n", "username,name,profile,expiry,message\n", "\n"));

		List<CsvLine> lines = parse(text);

		assertThat(lines).hasSize(BatchCsv.MAX_ROWS);
		assertThat(lines.get(BatchCsv.MAX_ROWS - 1))
			.isEqualTo(new CsvLine(10_001, "user10000", "Name 10000", null, "30d", "hi"));
	}

	@Test
	void refusesMoreThanTenThousandRows() {
		String text = IntStream.rangeClosed(1, BatchCsv.MAX_ROWS + 1)
			.mapToObj((i) -> "user" + i)
			.collect(Collectors.joining("\n"));

		assertThatThrownBy(() -> parse(text)).isInstanceOfSatisfying(CsvProblem.class,
				(problem) -> assertThat(problem.messageKey()).isEqualTo("batch.file.tooManyRows"));
	}

	@Test
	void refusesTextThatIsNotUtf8() {
		byte[] latin1 = "jürgen,Jürgen\n".getBytes(StandardCharsets.ISO_8859_1);

		assertThatThrownBy(() -> BatchCsv.parse(latin1)).isInstanceOfSatisfying(CsvProblem.class,
				(problem) -> assertThat(problem.messageKey()).isEqualTo("batch.file.notUtf8"));
	}

	@Test
	void refusesAnUnclosedQuoteAndAFileWithoutRows() {
		assertThatThrownBy(() -> parse("kim,\"Kim\nlee\n")).isInstanceOfSatisfying(CsvProblem.class,
				(problem) -> assertThat(problem.messageKey()).isEqualTo("batch.file.malformed"));
		assertThatThrownBy(() -> parse("username,name\n\n")).isInstanceOfSatisfying(CsvProblem.class,
				(problem) -> assertThat(problem.messageKey()).isEqualTo("batch.file.empty"));
	}

	/**
	 * What a spreadsheet writes (every cell quoted, quotes doubled, either separator,
	 * with or without a byte order mark) reads back the same: 300 random files from a
	 * fixed seed, with separators, quotes, newlines and formula characters in the cells.
	 */
	@Test
	void readsBackWhatASpreadsheetWrites() {
		Random random = new Random(20261207);
		for (int file = 0; file < 300; file++) {
			List<List<String>> rows = IntStream.range(0, 1 + random.nextInt(20))
				.mapToObj((i) -> List.of("u" + random.nextInt(1_000_000), cell(random), cell(random), cell(random),
						cell(random)))
				.toList();
			String separator = random.nextBoolean() ? ";" : ",";
			String text = rows.stream()
				.map((row) -> row.stream()
					.map((cell) -> '"' + cell.replace("\"", "\"\"") + '"')
					.collect(Collectors.joining(separator)))
				.collect(Collectors.joining("\r\n", random.nextBoolean() ? "\uFEFF" : "", "\r\n"));

			List<CsvLine> lines = parse(text);

			assertThat(lines).as(text).hasSameSizeAs(rows);
			for (int i = 0; i < rows.size(); i++) {
				CsvLine line = lines.get(i);
				assertThat(List.of(line.identifier(), line.name(), line.profile(), line.expiry(), line.message()))
					.as(text)
					.containsExactlyElementsOf(rows.get(i).stream().map(String::strip).toList());
			}
		}
	}

	/** A non-blank cell of characters that CSV must handle with care. */
	private static String cell(Random random) {
		String alphabet = "abcXYZ019 ,;\"\n'=-@äé";
		StringBuilder cell = new StringBuilder("x");
		for (int i = random.nextInt(15); i > 0; i--) {
			cell.insert(random.nextInt(cell.length() + 1), alphabet.charAt(random.nextInt(alphabet.length())));
		}
		return cell.toString();
	}

}
