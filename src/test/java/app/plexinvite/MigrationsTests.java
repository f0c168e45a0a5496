package app.plexinvite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.plexinvite.support.TestPostgres;
import app.plexinvite.support.TestSqlite;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One schema, two databases: both migration folders must produce the same tables and
 * columns.
 */
class MigrationsTests {

	@TempDir
	Path folder;

	@Test
	void sqliteAndPostgresqlEndWithTheSameTablesAndColumns() throws SQLException {
		DataSource sqlite = TestSqlite.dataSource(this.folder.resolve("invites.db"));
		DataSource postgres = TestPostgres.freshDatabase();
		migrate(sqlite, "sqlite");
		migrate(postgres, "postgresql");
		Map<String, Set<String>> sqliteSchema = schema(sqlite, null);
		Map<String, Set<String>> postgresSchema = schema(postgres, "public");
		assertThat(sqliteSchema).containsKey("plex_installation");
		assertThat(postgresSchema).isEqualTo(sqliteSchema);
	}

	@Test
	void bothFoldersHoldTheSameMigrationVersions() {
		var sqliteVersions = versions("sqlite");
		assertThat(sqliteVersions).isNotEmpty().isEqualTo(versions("postgresql"));
	}

	private static void migrate(DataSource dataSource, String vendor) {
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
	}

	private Set<String> versions(String vendor) {
		DataSource dataSource = vendor.equals("sqlite") ? TestSqlite.dataSource(this.folder.resolve("v.db"))
				: TestPostgres.freshDatabase();
		var info = Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/migration/" + vendor)
			.load()
			.info();
		Set<String> versions = new TreeSet<>();
		for (var migration : info.all()) {
			versions.add(migration.getVersion() + " " + migration.getDescription());
		}
		return versions;
	}

	private static Map<String, Set<String>> schema(DataSource dataSource, String schema) throws SQLException {
		Map<String, Set<String>> tables = new TreeMap<>();
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metadata = connection.getMetaData();
			try (ResultSet rows = metadata.getTables(null, schema, "%", new String[] { "TABLE" })) {
				while (rows.next()) {
					String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
					if (!table.startsWith("flyway_") && !table.startsWith("sqlite_")) {
						tables.put(table, columns(metadata, schema, rows.getString("TABLE_NAME")));
					}
				}
			}
		}
		return tables;
	}

	private static Set<String> columns(DatabaseMetaData metadata, String schema, String table) throws SQLException {
		Set<String> columns = new TreeSet<>();
		try (ResultSet rows = metadata.getColumns(null, schema, table, "%")) {
			while (rows.next()) {
				columns.add(rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT) + " "
						+ (rows.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? "not null" : "null"));
			}
		}
		return columns;
	}

}
