/**
 * Reads settings from the environment and the seed app's .env file, validates them and
 * reports a bad value in one line.
 */
package app.plexinvite.config;
