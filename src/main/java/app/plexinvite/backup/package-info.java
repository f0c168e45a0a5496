/**
 * Consistent copies of the SQLite database while Plex Invite runs ({@code VACUUM INTO}):
 * the {@code backup} command and what the owner's download uses. Depends on nothing of
 * ours.
 */
package app.plexinvite.backup;
