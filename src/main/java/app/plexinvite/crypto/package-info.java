/**
 * Values sealed for the database under a key derived from SECRET_KEY (the stored Plex
 * token, TOTP secrets). Depends on nothing of ours.
 */
package app.plexinvite.crypto;
