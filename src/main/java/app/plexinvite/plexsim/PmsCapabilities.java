package app.plexinvite.plexsim;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A PMS's root MediaContainer ({@code GET /}, the "server capabilities"): what
 * python-plexapi's {@code PlexServer} reads (plex-protocol.md §3a). The protocol doc
 * lists only some attributes; the full set, its order and the {@code <Directory>}
 * children follow real root captures: POPEDIA's "Server Capabilities" page, the Rust PMS
 * client fixture the doc cites in §7a (server "LED-Kremen-286") and a Node test fixture
 * of a PMS 1.24 root. Clients dereference attributes that a signed-in PMS always sends:
 * {@code @ctrl/plex} 3.12 {@code PlexServer._loadData} splits {@code ownerFeatures}, and
 * the plex-api-spec (SPEC-LH) models {@code /} as a MediaContainer with Directory
 * children.
 */
final class PmsCapabilities {

	/** Feature names seen in the captures' {@code ownerFeatures} lists. */
	private static final String OWNER_FEATURES = "federated-auth,home,kevin-bacon,livetv,loudness,lyrics,"
			+ "music-analysis,pass,radio,server-manager,session-kick,shared-radio,sync,trailers,tuner-sharing,"
			+ "type-first,unsupportedtuners,webhooks";

	/**
	 * The captured root's Directory keys; library, livetv, media and metadata count 3.
	 */
	private static final List<String> DIRECTORIES = List.of("actions", "activities", "butler", "channels", "clients",
			"devices", "diagnostics", "hubs", "library", "livetv", "media", "metadata", "music", "neighborhood",
			"playQueues", "player", "playlists", "resources", "search", "server", "servers", "statistics", "system",
			"transcode", "updater", "user");

	private PmsCapabilities() {
	}

	static Answer root(Call call, SimServer server, String version, Instant now) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("size", DIRECTORIES.size());
		flags(root, "allowCameraUpload", "allowChannelAccess", "allowMediaDeletion", "allowSharing", "allowSync",
				"allowTuners", "backgroundProcessing", "certificate", "companionProxy");
		root.put("countryCode", "usa");
		root.put("diagnostics", "logs,databases,streaminglogs");
		flags(root, "eventStream");
		root.put("friendlyName", server.name());
		flags(root, "hubSearch", "itemClusters");
		root.put("livetv", 7);
		root.put("machineIdentifier", server.machineIdentifier());
		flags(root, "mediaProviders", "multiuser");
		root.put("musicAnalysis", 2);
		flags(root, "myPlex");
		root.put("myPlexMappingState", "mapped");
		root.put("myPlexSigninState", "ok");
		flags(root, "myPlexSubscription");
		root.put("myPlexUsername", server.owner().email());
		// A number in JSON, as the plex-api-spec types it (SPEC-LH-old, @lukehagar/plexjs
		// 0.35).
		root.put("offlineTranscode", 1);
		root.put("ownerFeatures", OWNER_FEATURES);
		flags(root, "photoAutoTag");
		root.put("platform", "Linux");
		root.put("platformVersion", "6.8.0");
		flags(root, "pluginHost");
		root.put("pushNotifications", false);
		root.put("readOnlyLibraries", false);
		root.put("streamingBrainABRVersion", 3);
		root.put("streamingBrainVersion", 2);
		flags(root, "sync");
		root.put("transcoderActiveVideoSessions", 0);
		flags(root, "transcoderAudio", "transcoderLyrics", "transcoderPhoto", "transcoderSubtitles", "transcoderVideo");
		root.put("transcoderVideoBitrates", "64,96,208,320,720,1500,2000,3000,4000,8000,10000,12000,20000");
		root.put("transcoderVideoQualities", "0,1,2,3,4,5,6,7,8,9,10,11,12");
		root.put("transcoderVideoResolutions", "128,128,160,240,320,480,768,720,720,1080,1080,1080,1080");
		root.put("updatedAt", now.getEpochSecond());
		flags(root, "updater");
		root.put("version", version);
		flags(root, "voiceSearch");
		root.put("Directory", DIRECTORIES.stream().map(PmsCapabilities::directory).toList());
		return PmsRoot.container(call, root);
	}

	private static void flags(Map<String, Object> root, String... names) {
		for (String name : names) {
			root.put(name, true);
		}
	}

	private static Map<String, Object> directory(String key) {
		Map<String, Object> directory = new LinkedHashMap<>();
		directory.put("count", List.of("library", "livetv", "media", "metadata").contains(key) ? 3 : 1);
		directory.put("key", key);
		directory.put("title", key);
		return directory;
	}

}
