/**
 * Small helpers every repository needs with plain JDBC on SQLite and PostgreSQL: nullable
 * columns, epoch-millisecond instants, unique violations recognised on both databases,
 * which database is in use, and SQLite's writers in a fair queue
 * ({@link app.plexinvite.jdbc.SqliteTransactionGate}). Depends on nothing of ours.
 */
package app.plexinvite.jdbc;
