/**
 * A stateful simulator of plex.tv and a Plex Media Server that speaks the real protocol,
 * for tests and demo mode; it uses no type of the other features.
 */
package app.plexinvite.plexsim;
