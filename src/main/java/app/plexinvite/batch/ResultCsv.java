package app.plexinvite.batch;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.UnaryOperator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import static app.plexinvite.csv.SpreadsheetCells.neutralised;

/**
 * The result file of a batch: row number, identifier, name, profile, status, detail,
 * request id. Every cell that a spreadsheet would take for a formula (starting with =, +,
 * -, @, a tab or a carriage return) gets a leading apostrophe.
 */
final class ResultCsv {

	static final List<String> HEADER = List.of("row", "identifier", "name", "profile", "status", "detail",
			"request id");

	private ResultCsv() {
	}

	/** {@code words} turns a message key into the page's language. */
	static String write(List<BatchRow> rows, UnaryOperator<String> words) {
		StringWriter out = new StringWriter();
		// A byte order mark, so spreadsheets read the names as UTF-8 (like the
		// statistics' files).
		out.write('\uFEFF');
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
			printer.printRecord(HEADER);
			for (BatchRow row : rows) {
				String status = (row.state() == RowState.SKIPPED) ? words.apply(row.check().messageKey())
						: words.apply("batch.row." + row.state().name());
				String detail = (row.detail() != null && row.detail().startsWith("batch.")) ? words.apply(row.detail())
						: row.detail();
				printer.printRecord(row.number(), neutralised(row.identifier()), neutralised(row.name()),
						neutralised(row.profileText()), neutralised(status), neutralised(detail),
						(row.requestId() != null) ? row.requestId() : "");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}
