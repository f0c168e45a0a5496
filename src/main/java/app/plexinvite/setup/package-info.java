/**
 * First-run set-up at /setup: behind a one-time code from the log, the owner creates the
 * account and connects Plex by signing in with Plex, for whatever the environment does
 * not give.
 */
package app.plexinvite.setup;
