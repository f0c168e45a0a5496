package app.plexinvite.stats;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The statistics page and one CSV file per chart, over a range of UTC days from GET
 * parameters; a range it cannot show answers 422 with the reason.
 */
@Controller
class StatsController {

	/** The preset ranges, in days, today included. */
	static final List<Integer> PRESETS = List.of(7, 30, 90, 365);

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final Charts charts;

	private final ChartViews views;

	private final ChartCsv csv;

	StatsController(Charts charts, ChartViews views, ChartCsv csv) {
		this.charts = charts;
		this.views = views;
		this.csv = csv;
	}

	@GetMapping("/admin/stats")
	String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
			Locale locale, HttpServletResponse response) {
		LocalDate today = this.charts.today();
		model.addAttribute("presets",
				PRESETS.stream().map((days) -> new Preset(days, StatsRange.last(days, today))).toList());
		try {
			StatsRange range = StatsRange.parse(from, to, today);
			model.addAttribute("range", range);
			model.addAttribute("from", range.from().toString());
			model.addAttribute("to", range.to().toString());
			model.addAttribute("charts",
					this.charts.all(range).stream().map((table) -> this.views.view(table, locale)).toList());
		}
		catch (StatsRange.RangeRefused ex) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("rangeProblem", ex.messageKey());
			model.addAttribute("from", from);
			model.addAttribute("to", to);
			model.addAttribute("charts", List.of());
		}
		return "stats/stats";
	}

	@GetMapping("/admin/stats/{chart}.csv")
	ResponseEntity<String> csv(@PathVariable String chart, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale) {
		Chart which = Chart.bySlug(chart).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		StatsRange range;
		try {
			range = StatsRange.parse(from, to, this.charts.today());
		}
		catch (StatsRange.RangeRefused ex) {
			return ResponseEntity.unprocessableContent()
				.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
				.body(this.views.text(ex.messageKey(), List.of(), locale));
		}
		String name = "plex-invite-" + which.slug() + "-" + range.from() + "-" + range.to() + ".csv";
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(this.csv.write(this.charts.chart(which, range), locale));
	}

	/**
	 * A preset range on the page.
	 *
	 * @param days how many days
	 * @param range the days
	 */
	record Preset(int days, StatsRange range) {
	}

}
