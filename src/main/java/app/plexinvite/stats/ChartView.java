package app.plexinvite.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * One chart as the page shows it, its words in the reader's language.
 *
 * @param slug the chart's slug (ids, message keys, CSV address)
 * @param labelHeader the first column's heading
 * @param seriesHeaders the number columns' headings
 * @param rows the table's rows
 * @param note the sentence under the table, or null
 * @param empty whether every number is zero
 * @param data what static/js/stats.js draws, as JSON
 */
record ChartView(String slug, String labelHeader, List<String> seriesHeaders, List<Row> rows, String note,
		boolean empty, String data) {

	ChartView {
		seriesHeaders = List.copyOf(seriesHeaders);
		rows = List.copyOf(rows);
	}

	/**
	 * One row of the table.
	 *
	 * @param day the UTC day, or null when the label is text
	 * @param text the label when it is not a day
	 * @param values one number per series
	 */
	record Row(LocalDate day, String text, List<Long> values) {

		Row {
			values = List.copyOf(values);
		}

	}

}
