package app.plexinvite.batch;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the owner's file: UTF-8 with or without a byte order mark (anything else is
 * refused), comma or semicolon (whichever the first line has more of outside quotes), RFC
 * 4180 quotes, empty lines skipped, cells trimmed, a header row recognised by its first
 * cell. Columns in this order: username or e-mail, name, profile, expiry, message.
 */
final class BatchCsv {

	static final int MAX_ROWS = 10_000;

	/** First cells that mark a header row (lower case). */
	private static final Set<String> HEADERS = Set.of("username", "user", "email", "e-mail", "mail", "identifier",
			"account", "plex username", "plex username or e-mail", "plex username or email", "username or e-mail",
			"username or email",
			// The same in the other languages of the pages (de, fr, es, pt-BR, nl, it,
			// sv).
			"benutzername", "nutzername", "plex-benutzername", "e-mail-adresse", "nom d’utilisateur",
			"nom d'utilisateur", "utilisateur", "courriel", "adresse e-mail", "nombre de usuario", "usuario", "correo",
			"correo electrónico", "nome de usuário", "usuário", "gebruikersnaam", "gebruiker", "e-mailadres",
			"nome utente", "utente", "indirizzo e-mail", "användarnamn", "användare", "e-post", "e-postadress");

	private BatchCsv() {
	}

	static List<CsvLine> parse(byte[] bytes) {
		String text = decode(bytes);
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setDelimiter(separator(text))
			.setIgnoreEmptyLines(true)
			.setIgnoreSurroundingSpaces(true)
			.setTrim(true)
			.get();
		List<CsvLine> lines = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			boolean first = true;
			for (CSVRecord record : parser) {
				boolean header = first && isHeader(record);
				first = false;
				if (header || blank(record)) {
					continue;
				}
				if (lines.size() == MAX_ROWS) {
					throw CsvProblem.of("batch.file.tooManyRows", MAX_ROWS);
				}
				lines.add(new CsvLine(record.getRecordNumber(), cell(record, 0), cell(record, 1), cell(record, 2),
						cell(record, 3), cell(record, 4)));
			}
		}
		catch (UncheckedIOException | IllegalStateException ex) {
			// commons-csv reports an unclosed quote this way.
			throw CsvProblem.of("batch.file.malformed");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (lines.isEmpty()) {
			throw CsvProblem.of("batch.file.empty");
		}
		return lines;
	}

	/** Strict UTF-8: a file in another encoding is refused, not garbled. */
	static String decode(byte[] bytes) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			throw CsvProblem.of("batch.file.notUtf8");
		}
	}

	/** Semicolon when the first line has more of them than commas, outside quotes. */
	static char separator(String text) {
		int commas = 0;
		int semicolons = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"') {
				quoted = !quoted;
			}
			else if (!quoted && (c == '\n' || c == '\r') && commas + semicolons > 0) {
				break;
			}
			else if (!quoted) {
				commas += (c == ',') ? 1 : 0;
				semicolons += (c == ';') ? 1 : 0;
			}
		}
		return (semicolons > commas) ? ';' : ',';
	}

	private static boolean isHeader(CSVRecord record) {
		String first = record.get(0).strip().toLowerCase(Locale.ROOT);
		return HEADERS.contains(first);
	}

	private static boolean blank(CSVRecord record) {
		return record.stream().allMatch(String::isBlank);
	}

	private static String cell(CSVRecord record, int index) {
		if (index >= record.size()) {
			return null;
		}
		String value = record.get(index).strip();
		return value.isEmpty() ? null : value;
	}

}
