/**
 * Invite requests: the public request form, the status page, and the durable pipeline
 * that shares the server through the Plex client and never sends one request twice.
 */
package app.plexinvite.invite;
