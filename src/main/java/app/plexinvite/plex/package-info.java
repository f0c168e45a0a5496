/**
 * Talks to plex.tv and the Plex Media Server: one owned client, one method per Plex
 * operation, every failure a PlexException.
 */
package app.plexinvite.plex;
