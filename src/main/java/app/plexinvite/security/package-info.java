/**
 * Owner sign-in: the admin account from the environment, password hashes in every format
 * the seed app documented, and the web security rules.
 */
package app.plexinvite.security;
