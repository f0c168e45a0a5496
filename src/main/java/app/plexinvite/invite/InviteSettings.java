package app.plexinvite.invite;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The owner's stored settings (invite_setting) and chosen libraries (shared_library). */
@Repository
class InviteSettings {

	static final String APPROVAL_REQUIRED = "approval_required";

	static final String INVITE_CODE = "invite_code";

	static final String ALL_LIBRARIES = "share_all_libraries";

	static final String ALLOW_SYNC = "share_allow_sync";

	static final String ALLOW_CHANNELS = "share_allow_channels";

	static final String ALLOW_CAMERA_UPLOAD = "share_allow_camera_upload";

	private final JdbcClient jdbc;

	InviteSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> find(String name) {
		return this.jdbc.sql("SELECT value FROM invite_setting WHERE name = :name")
			.param("name", name)
			.query(String.class)
			.optional();
	}

	void save(String name, String value) {
		this.jdbc.sql("""
				INSERT INTO invite_setting (name, value) VALUES (:name, :value)
				ON CONFLICT (name) DO UPDATE SET value = excluded.value""")
			.param("name", name)
			.param("value", value)
			.update();
	}

	List<ShareConfiguration.SharedLibrary> findLibraries() {
		return this.jdbc.sql("SELECT plex_tv_id, title FROM shared_library ORDER BY title, plex_tv_id")
			.query((rs, row) -> new ShareConfiguration.SharedLibrary(rs.getLong("plex_tv_id"), rs.getString("title")))
			.list();
	}

	void deleteLibraries() {
		this.jdbc.sql("DELETE FROM shared_library").update();
	}

	void insertLibrary(ShareConfiguration.SharedLibrary library) {
		this.jdbc.sql("INSERT INTO shared_library (plex_tv_id, title) VALUES (:id, :title)")
			.param("id", library.plexTvId())
			.param("title", library.title())
			.update();
	}

}
