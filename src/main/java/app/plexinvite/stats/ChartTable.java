package app.plexinvite.stats;

import java.util.List;

/**
 * One chart's numbers: the table under it, its CSV and the data its script draws.
 *
 * @param chart which chart
 * @param labelKey the message key of the first column (day, outcome, link…)
 * @param seriesKeys the message keys of the number columns, one series each
 * @param rows the rows, in order
 * @param note a message key with its arguments said under the table (the median), or null
 */
record ChartTable(Chart chart, String labelKey, List<String> seriesKeys, List<Row> rows, Note note) {

	ChartTable {
		seriesKeys = List.copyOf(seriesKeys);
		rows = List.copyOf(rows);
	}

	boolean empty() {
		return this.rows.stream()
			.allMatch((row) -> row.values().stream().allMatch((value) -> value.doubleValue() == 0));
	}

	/**
	 * One row.
	 *
	 * @param label an ISO date (DAY), a message key (KEY, with {@code args}) or the
	 * owner's own text (TEXT, a link's label)
	 * @param kind how to show the label
	 * @param args the message's arguments (KEY), else empty
	 * @param values one number per series
	 */
	record Row(String label, Kind kind, List<Object> args, List<Long> values) {

		Row {
			args = List.copyOf(args);
			values = List.copyOf(values);
		}

		static Row day(java.time.LocalDate day, Long... values) {
			return new Row(day.toString(), Kind.DAY, List.of(), List.of(values));
		}

		static Row key(String key, Long... values) {
			return new Row(key, Kind.KEY, List.of(), List.of(values));
		}

	}

	/** What a row's label is. */
	enum Kind {

		DAY, KEY, TEXT

	}

	/**
	 * A sentence under the table.
	 *
	 * @param key its message key
	 * @param args its arguments
	 */
	record Note(String key, List<Object> args) {

		Note {
			args = List.copyOf(args);
		}

	}

}
