package app.plexinvite.csv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpreadsheetCellsTest {

	@Test
	void aCellThatStartsLikeAFormulaBecomesText() {
		for (String formula : new String[] { "=HYPERLINK(\"http://evil\")", "+1", "-2+3", "@SUM(A1)", "\tcmd",
				"\rcmd" }) {
			assertThat(SpreadsheetCells.neutralised(formula)).as(formula).isEqualTo("'" + formula);
		}
	}

	@Test
	void everyOtherCellStaysAsItIs() {
		assertThat(SpreadsheetCells.neutralised("alice")).isEqualTo("alice");
		assertThat(SpreadsheetCells.neutralised("a=b")).isEqualTo("a=b");
		assertThat(SpreadsheetCells.neutralised("12")).isEqualTo("12");
		assertThat(SpreadsheetCells.neutralised(" =padded")).isEqualTo(" =padded");
		assertThat(SpreadsheetCells.neutralised("")).isEmpty();
		assertThat(SpreadsheetCells.neutralised(null)).isEmpty();
	}

}
