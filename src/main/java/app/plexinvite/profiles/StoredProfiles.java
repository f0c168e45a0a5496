package app.plexinvite.profiles;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The access_profile and access_profile_library tables: one readable statement per
 * method.
 */
@Repository
class StoredProfiles {

	private static final String COLUMNS = "id, name, all_libraries, allow_sync, allow_channels, allow_camera_upload, "
			+ "filter_movies, filter_television, filter_music, access_days, is_default, hidden";

	private final JdbcClient jdbc;

	StoredProfiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The owner's profiles: the default first, then by name. */
	List<AccessProfile> findVisible() {
		return withLibraries(this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM access_profile WHERE hidden = FALSE ORDER BY is_default DESC, lower(name), id")
			.query(StoredProfiles::map)
			.list());
	}

	Optional<AccessProfile> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM access_profile WHERE id = :id")
			.param("id", id)
			.query(StoredProfiles::map)
			.optional()
			.map(this::withLibraries);
	}

	Optional<AccessProfile> findDefault() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM access_profile WHERE is_default = TRUE")
			.query(StoredProfiles::map)
			.optional()
			.map(this::withLibraries);
	}

	/** Whether another visible profile has this name, whatever the case. */
	boolean nameTaken(String name, long exceptId) {
		return this.jdbc.sql(
				"SELECT COUNT(*) FROM access_profile WHERE hidden = FALSE AND lower(name) = lower(:name) AND id <> :id")
			.param("name", name)
			.param("id", exceptId)
			.query(Long.class)
			.single() > 0;
	}

	long insert(ProfileDraft draft, boolean hidden, Instant now) {
		long id = this.jdbc.sql("""
				INSERT INTO access_profile (name, all_libraries, allow_sync, allow_channels, allow_camera_upload,
				    filter_movies, filter_television, filter_music, access_days, is_default, hidden, created_at,
				    updated_at)
				VALUES (:name, :all, :sync, :channels, :camera, :movies, :television, :music, :days, FALSE, :hidden,
				    :now, :now)
				RETURNING id""").params(parameters(draft, now)).param("hidden", hidden).query(Long.class).single();
		replaceLibraries(id, draft);
		return id;
	}

	boolean update(long id, ProfileDraft draft, Instant now) {
		int rows = this.jdbc.sql("""
				UPDATE access_profile
				SET name = :name, all_libraries = :all, allow_sync = :sync, allow_channels = :channels,
				    allow_camera_upload = :camera, filter_movies = :movies, filter_television = :television,
				    filter_music = :music, access_days = :days, updated_at = :now
				WHERE id = :id""").params(parameters(draft, now)).param("id", id).update();
		if (rows == 1) {
			replaceLibraries(id, draft);
		}
		return rows == 1;
	}

	/** Two statements (in the caller's transaction): at no moment are there two. */
	boolean makeDefault(long id, Instant now) {
		this.jdbc.sql("UPDATE access_profile SET is_default = FALSE WHERE is_default = TRUE").update();
		return this.jdbc
			.sql("UPDATE access_profile SET is_default = TRUE, updated_at = :now WHERE id = :id AND hidden = FALSE")
			.param("now", now.toEpochMilli())
			.param("id", id)
			.update() == 1;
	}

	/** Fails with a foreign-key violation while a request or link uses the profile. */
	boolean delete(long id) {
		return this.jdbc.sql("DELETE FROM access_profile WHERE id = :id AND is_default = FALSE")
			.param("id", id)
			.update() == 1;
	}

	private void replaceLibraries(long id, ProfileDraft draft) {
		this.jdbc.sql("DELETE FROM access_profile_library WHERE profile_id = :id").param("id", id).update();
		List<AccessProfile.Library> libraries = draft.allLibraries() ? List.of() : draft.libraries();
		for (AccessProfile.Library library : libraries) {
			this.jdbc
				.sql("INSERT INTO access_profile_library (profile_id, plex_tv_id, title) VALUES (:id, :tv, :title)")
				.param("id", id)
				.param("tv", library.plexTvId())
				.param("title", library.title())
				.update();
		}
	}

	private List<AccessProfile> withLibraries(List<AccessProfile> profiles) {
		return profiles.stream().map(this::withLibraries).toList();
	}

	private AccessProfile withLibraries(AccessProfile profile) {
		List<AccessProfile.Library> libraries = this.jdbc.sql(
				"SELECT plex_tv_id, title FROM access_profile_library WHERE profile_id = :id ORDER BY lower(title), plex_tv_id")
			.param("id", profile.id())
			.query((rs, row) -> new AccessProfile.Library(rs.getLong("plex_tv_id"), rs.getString("title")))
			.list();
		return new AccessProfile(profile.id(), profile.name(), profile.allLibraries(), libraries, profile.allowSync(),
				profile.allowChannels(), profile.allowCameraUpload(), profile.movies(), profile.television(),
				profile.music(), profile.accessDays(), profile.isDefault(), profile.hidden());
	}

	private static AccessProfile map(ResultSet rs, int row) throws SQLException {
		int days = rs.getInt("access_days");
		Integer accessDays = rs.wasNull() ? null : days;
		return new AccessProfile(rs.getLong("id"), rs.getString("name"), rs.getBoolean("all_libraries"), List.of(),
				rs.getBoolean("allow_sync"), rs.getBoolean("allow_channels"), rs.getBoolean("allow_camera_upload"),
				ContentFilter.fromWire(rs.getString("filter_movies")),
				ContentFilter.fromWire(rs.getString("filter_television")),
				ContentFilter.fromWire(rs.getString("filter_music")), accessDays, rs.getBoolean("is_default"),
				rs.getBoolean("hidden"));
	}

	/** The named parameters of a draft, shared by insert and update. */
	private static Map<String, Object> parameters(ProfileDraft draft, Instant now) {
		Map<String, Object> values = new HashMap<>();
		values.put("name", draft.name().strip());
		values.put("all", draft.allLibraries());
		values.put("sync", draft.allowSync());
		values.put("channels", draft.allowChannels());
		values.put("camera", draft.allowCameraUpload());
		values.put("movies", wire(draft.movies()));
		values.put("television", wire(draft.television()));
		values.put("music", wire(draft.music()));
		values.put("days", draft.accessDays());
		values.put("now", now.toEpochMilli());
		return values;
	}

	private static String wire(ContentFilter filter) {
		return (filter != null) ? filter.wire() : "";
	}

}
