package app.plexinvite.plexsim;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Account settings touched after accepting an invite (plex-protocol.md §8b step 4): the
 * view-state-sync consent and the online media source opt-outs.
 */
final class UserSettings {

	/**
	 * The opt-out keys PPA and Wizarr name (tv.plex.provider.*); plex.tv's full list is
	 * unverified.
	 */
	static final List<String> SOURCES = List.of("tv.plex.provider.podcasts", "tv.plex.provider.news",
			"tv.plex.provider.webshows", "tv.plex.provider.music", "tv.plex.provider.vod", "tv.plex.provider.epg");

	/** PPA AccountOptOut.CHOICES. */
	static final List<String> CHOICES = List.of("opt_in", "opt_out", "opt_out_managed");

	private final Map<Long, Boolean> viewStateSync = new HashMap<>();

	private final Map<Long, Map<String, String>> optOuts = new HashMap<>();

	synchronized boolean viewStateSync(long accountId) {
		return this.viewStateSync.getOrDefault(accountId, false);
	}

	synchronized void viewStateSync(long accountId, boolean consent) {
		this.viewStateSync.put(accountId, consent);
	}

	synchronized Map<String, String> optOuts(long accountId) {
		return new LinkedHashMap<>(this.optOuts.computeIfAbsent(accountId, (id) -> defaults()));
	}

	synchronized void optOut(long accountId, String key, String value) {
		this.optOuts.computeIfAbsent(accountId, (id) -> defaults()).put(key, value);
	}

	private static Map<String, String> defaults() {
		Map<String, String> values = new LinkedHashMap<>();
		SOURCES.forEach((source) -> values.put(source, "opt_in"));
		return values;
	}

}
