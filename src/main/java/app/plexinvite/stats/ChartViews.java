package app.plexinvite.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts a chart's words in the reader's language: headings, labels of outcomes and
 * buckets, the note, and the JSON its script draws (days stay ISO dates there; the script
 * formats them for the page's language).
 */
@Component
class ChartViews {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final MessageSource messages;

	ChartViews(MessageSource messages) {
		this.messages = messages;
	}

	ChartView view(ChartTable table, Locale locale) {
		List<String> series = table.seriesKeys().stream().map((key) -> text(key, List.of(), locale)).toList();
		List<ChartView.Row> rows = new ArrayList<>();
		for (ChartTable.Row row : table.rows()) {
			rows.add((row.kind() == ChartTable.Kind.DAY)
					? new ChartView.Row(LocalDate.parse(row.label()), null, row.values())
					: new ChartView.Row(null, label(row, locale), row.values()));
		}
		String note = (table.note() != null) ? text(table.note().key(), table.note().args(), locale) : null;
		return new ChartView(table.chart().slug(), text(table.labelKey(), List.of(), locale), series, rows, note,
				table.empty(), data(table, series, locale));
	}

	/** A row's label as written in a table or a CSV file (a day as its ISO date). */
	String label(ChartTable.Row row, Locale locale) {
		return switch (row.kind()) {
			case DAY, TEXT -> row.label();
			case KEY -> text(row.label(), row.args(), locale);
		};
	}

	String text(String key, List<Object> args, Locale locale) {
		return this.messages.getMessage(key, args.toArray(), locale);
	}

	private String data(ChartTable table, List<String> series, Locale locale) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("type", table.chart().type());
		data.put("days", table.rows().stream().allMatch((row) -> row.kind() == ChartTable.Kind.DAY));
		data.put("labels", table.rows().stream().map((row) -> label(row, locale)).toList());
		List<Map<String, Object>> datasets = new ArrayList<>();
		for (int i = 0; i < series.size(); i++) {
			int column = i;
			Map<String, Object> dataset = new LinkedHashMap<>();
			dataset.put("label", series.get(i));
			dataset.put("data", table.rows().stream().map((row) -> row.values().get(column)).toList());
			datasets.add(dataset);
		}
		data.put("datasets", datasets);
		return JSON.writeValueAsString(data);
	}

}
