/**
 * Access profiles: named sets of libraries, permissions, content filters and an access
 * duration that requests and invite links share with. Depends on {@code plex} only;
 * {@code invite} and {@code links} depend on it.
 */
package app.plexinvite.profiles;
