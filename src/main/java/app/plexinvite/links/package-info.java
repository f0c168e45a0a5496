/**
 * Invite links ({@code /i/{code}}): the owner's links and their rules, exactly-once
 * redemption, and the invitee's sign-in with Plex that shares and accepts for them.
 */
package app.plexinvite.links;
