package app.plexinvite.links;

import java.util.List;

import app.plexinvite.onboarding.PreJoinRules;

/**
 * What the invitee's page of a link shows.
 *
 * @param code the link's code
 * @param serverName the server's name, or null when not known
 * @param message the owner's personal message, or null
 * @param inviteeName who the link is for, or null
 * @param allLibraries every library is shared
 * @param libraries the shared libraries' names (when not all)
 * @param ownerPlexPass whether the owner has Plex Pass (remote play without a Remote
 * Watch Pass), or null when unknown
 * @param rules the pre-join rules
 * @param allowUsername whether typing a username is offered
 */
record LinkView(String code, String serverName, String message, String inviteeName, boolean allLibraries,
		List<String> libraries, Boolean ownerPlexPass, PreJoinRules rules, boolean allowUsername) {
}
