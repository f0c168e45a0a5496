package app.plexinvite.config;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DataLocationTests {

	@TempDir
	Path folder;

	private static String pragma(Connection connection, String name) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("PRAGMA " + name)) {
			rows.next();
			return rows.getString(1);
		}
	}

	@Test
	void opensSqliteWithWalABusyTimeoutAndForeignKeys() throws SQLException {
		DataLocation location = DataLocation.sqlite(this.folder.resolve("data/invites.db"));
		try (Connection connection = DriverManager.getConnection(location.jdbcUrl())) {
			assertThat(pragma(connection, "journal_mode")).isEqualTo("wal");
			assertThat(pragma(connection, "foreign_keys")).isEqualTo("1");
			assertThat(pragma(connection, "busy_timeout")).isEqualTo("10000");
			assertThat(pragma(connection, "synchronous")).isEqualTo("1");
		}
		assertThat(location.directory()).isEqualTo(this.folder.resolve("data"));
	}

	@Test
	void refusesAFolderAsTheDatabaseFile() {
		assertThatExceptionOfType(InvalidSettingException.class).isThrownBy(() -> DataLocation.sqlite(this.folder))
			.withMessageStartingWith("DATABASE_PATH is a folder");
	}

}
