package app.plexinvite.csv;

/**
 * Text cells of the CSV files the owner downloads (a batch's results, the statistics),
 * made safe to open in a spreadsheet: a cell that starts like a formula ({@code =},
 * {@code +}, {@code -}, {@code @}, tab or carriage return; OWASP "CSV injection") gets a
 * leading apostrophe, which every spreadsheet shows as text and never evaluates.
 */
public final class SpreadsheetCells {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private SpreadsheetCells() {
	}

	/** The cell as text a spreadsheet never evaluates; null becomes empty. */
	public static String neutralised(String cell) {
		if (cell == null || cell.isEmpty()) {
			return "";
		}
		return (FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) ? "'" + cell : cell;
	}

}
