package app.plexinvite.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The charts of the statistics page, in page order. The slug names its CSV download
 * ({@code /admin/stats/<slug>.csv}) and its message keys ({@code stats.<slug>.*}).
 */
enum Chart {

	/** Requests stored and invites sent per day (line). */
	REQUESTS("requests", "line"),

	/** Requests stored in the range, by what became of them (bar). */
	OUTCOMES("outcomes", "bar"),

	/** Time from the request (or the share) to acceptance, in buckets (bar). */
	ACCEPTANCE("acceptance", "bar"),

	/** Per invite link: redemptions, shares, acceptances (bar). */
	LINKS("links", "bar"),

	/** People holding a share at the end of each day (line). */
	PEOPLE("people", "line"),

	/** Access ending in the next 30 days, per day (bar). */
	EXPIRING("expiring", "bar");

	private final String slug;

	private final String type;

	Chart(String slug, String type) {
		this.slug = slug;
		this.type = type;
	}

	String slug() {
		return this.slug;
	}

	/** Chart.js's chart type. */
	String type() {
		return this.type;
	}

	static Optional<Chart> bySlug(String slug) {
		return Arrays.stream(values()).filter((chart) -> chart.slug.equals(slug.toLowerCase(Locale.ROOT))).findFirst();
	}

}
