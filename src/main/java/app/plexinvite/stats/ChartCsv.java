package app.plexinvite.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import app.plexinvite.csv.SpreadsheetCells;

/**
 * A chart's numbers as a CSV file (RFC 4180, CRLF, UTF-8 with a byte order mark so
 * spreadsheet programs read accents right). Every cell that a spreadsheet could take for
 * a formula (starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return) gets a leading {@code '}: a link's label is the owner's own text.
 */
@Component
class ChartCsv {

	private final ChartViews views;

	ChartCsv(ChartViews views) {
		this.views = views;
	}

	String write(ChartTable table, Locale locale) {
		StringBuilder csv = new StringBuilder("\uFEFF");
		List<String> header = new ArrayList<>();
		header.add(this.views.text(table.labelKey(), List.of(), locale));
		table.seriesKeys().forEach((key) -> header.add(this.views.text(key, List.of(), locale)));
		line(csv, header);
		for (ChartTable.Row row : table.rows()) {
			List<String> cells = new ArrayList<>();
			cells.add(this.views.label(row, locale));
			row.values().forEach((value) -> cells.add(String.valueOf(value)));
			line(csv, cells);
		}
		if (table.note() != null) {
			line(csv, List.of(this.views.text(table.note().key(), table.note().args(), locale)));
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells.get(i)));
		}
		csv.append("\r\n");
	}

	/** One cell: neutralised, then quoted when it holds a comma, quote or line break. */
	static String cell(String value) {
		String text = SpreadsheetCells.neutralised(value);
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
