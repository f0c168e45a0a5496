/**
 * Small helpers every repository needs with plain JDBC on SQLite and PostgreSQL: nullable
 * columns, epoch-millisecond instants, unique violations recognised on both databases.
 * Depends on nothing of ours.
 */
package app.plexinvite.jdbc;
