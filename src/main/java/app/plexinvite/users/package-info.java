/**
 * People with access to the server: everyone plex.tv lists as sharing this server, merged
 * with how they came (request, invite link, batch, imported), kept in sync safely, with
 * the owner's actions on their shares and the scheduled removal of access when it ends.
 */
package app.plexinvite.users;
