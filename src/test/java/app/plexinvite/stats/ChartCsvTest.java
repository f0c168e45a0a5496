package app.plexinvite.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A chart's CSV: headings in the reader's language, days as ISO dates, quoting, and no
 * cell a spreadsheet could run as a formula.
 */
class ChartCsvTest {

	@Test
	void quotesWhatNeedsQuotingAfterNeutralising() {
		// The formula rule itself: SpreadsheetCellsTest.
		assertThat(ChartCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(ChartCsv.cell("\rx")).isEqualTo("\"'\rx\"");
		assertThat(ChartCsv.cell("Family, friends")).isEqualTo("\"Family, friends\"");
		assertThat(ChartCsv.cell("two\nlines")).isEqualTo("\"two\nlines\"");
		assertThat(ChartCsv.cell("12")).isEqualTo("12");
		assertThat(ChartCsv.cell(null)).isEmpty();
	}

	@Test
	void writesHeadingsRowsAndTheNote() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("stats.col.day", Locale.GERMAN, "Tag");
		messages.addMessage("stats.col.link", Locale.GERMAN, "Link");
		messages.addMessage("a", Locale.GERMAN, "Anfragen");
		messages.addMessage("b", Locale.GERMAN, "Einladungen");
		messages.addMessage("stats.links.deleted", Locale.GERMAN, "{0} (gelöscht)");
		messages.addMessage("note", Locale.GERMAN, "Median: {0}");
		ChartCsv csv = new ChartCsv(new ChartViews(messages));
		ChartTable days = new ChartTable(Chart.REQUESTS, "stats.col.day", List.of("a", "b"),
				List.of(ChartTable.Row.day(LocalDate.parse("2026-06-01"), 3L, 1L)), null);
		ChartTable links = new ChartTable(Chart.LINKS, "stats.col.link", List.of("a"),
				List.of(new ChartTable.Row("=cmd|' /C calc'!A0", ChartTable.Kind.TEXT, List.of(), List.of(2L)),
						new ChartTable.Row("stats.links.deleted", ChartTable.Kind.KEY, List.of("-Old"), List.of(1L))),
				new ChartTable.Note("note", List.of("5")));

		assertThat(csv.write(days, Locale.GERMAN)).isEqualTo("\uFEFFTag,Anfragen,Einladungen\r\n2026-06-01,3,1\r\n");
		assertThat(csv.write(links, Locale.GERMAN))
			.isEqualTo("\uFEFFLink,Anfragen\r\n'=cmd|' /C calc'!A0,2\r\n'-Old (gelöscht),1\r\nMedian: 5\r\n");
	}

}
