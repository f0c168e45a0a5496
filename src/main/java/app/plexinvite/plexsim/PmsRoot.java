package app.plexinvite.plexsim;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PMS MediaContainers: the library sections (plex-protocol.md §3b, {@code key} a string
 * in JSON) and the XML/JSON rendering shared with {@link PmsCapabilities}. In XML, lists
 * of objects become repeated child elements ({@code <Directory>}, {@code <Location>}); in
 * JSON they stay arrays.
 */
final class PmsRoot {

	private PmsRoot() {
	}

	static Answer sections(Call call, List<SimLibrary> libraries, Instant now) {
		Map<String, Object> container = new LinkedHashMap<>();
		container.put("size", libraries.size());
		container.put("allowSync", false);
		container.put("identifier", "com.plexapp.plugins.library");
		container.put("mediaTagPrefix", "/system/bundle/media/flags/");
		container.put("mediaTagVersion", 1_700_000_000);
		container.put("title1", "Plex Library");
		container.put("Directory", libraries.stream().map((library) -> directory(library, now)).toList());
		return container(call, container);
	}

	private static Map<String, Object> directory(SimLibrary library, Instant now) {
		String kind = switch (library.type()) {
			case "show" -> "show";
			case "artist" -> "artist";
			case "photo" -> "photo";
			default -> "movie";
		};
		Map<String, Object> directory = new LinkedHashMap<>();
		directory.put("allowSync", true);
		directory.put("art", "/:/resources/" + kind + "-fanart.jpg");
		directory.put("composite", "/library/sections/" + library.key() + "/composite/" + now.getEpochSecond());
		directory.put("filters", true);
		directory.put("refreshing", false);
		directory.put("thumb", "/:/resources/" + kind + ".png");
		directory.put("key", library.key());
		directory.put("type", library.type());
		directory.put("title", library.title());
		directory.put("agent", switch (kind) {
			case "show" -> "tv.plex.agents.series";
			case "artist" -> "tv.plex.agents.music";
			case "photo" -> "com.plexapp.agents.none";
			default -> "tv.plex.agents.movie";
		});
		directory.put("scanner", switch (kind) {
			case "show" -> "Plex TV Series";
			case "artist" -> "Plex Music";
			case "photo" -> "Plex Photo Scanner";
			default -> "Plex Movie";
		});
		directory.put("language", "en-US");
		directory.put("uuid",
				java.util.UUID.nameUUIDFromBytes(String.valueOf(library.plexTvId()).getBytes()).toString());
		directory.put("updatedAt", now.getEpochSecond());
		directory.put("createdAt", now.getEpochSecond());
		directory.put("scannedAt", now.getEpochSecond());
		directory.put("content", true);
		directory.put("directory", true);
		directory.put("contentChangedAt", 1_000 + library.plexTvId() % 1000);
		directory.put("hidden", 0);
		Map<String, Object> location = new LinkedHashMap<>();
		location.put("id", Integer.parseInt(library.key()));
		location.put("path", "/data/" + library.title().replaceAll("[^A-Za-z0-9]+", "-"));
		directory.put("Location", List.of(location));
		return directory;
	}

	/** {"MediaContainer": {...}} or {@code <MediaContainer ...>}. */
	static Answer container(Call call, Map<String, Object> container) {
		if (call.wantsJson()) {
			return Answer.json(200, Map.of("MediaContainer", container));
		}
		return Answer.xml(200, xml("MediaContainer", container).document());
	}

	@SuppressWarnings("unchecked")
	private static Xml xml(String name, Map<String, Object> object) {
		Xml element = Xml.element(name);
		object.forEach((key, value) -> {
			if (value instanceof List<?> list) {
				list.forEach((item) -> element.child(xml(key, (Map<String, Object>) item)));
			}
			else {
				element.attr(key, value);
			}
		});
		return element;
	}

}
