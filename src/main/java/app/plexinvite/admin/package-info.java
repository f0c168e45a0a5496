/**
 * The owner's dashboard pages.
 */
package app.plexinvite.admin;
