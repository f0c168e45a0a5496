/**
 * The owner's statistics page at {@code /admin/stats}: six charts over a range of UTC
 * days (requests and invites, outcomes, time to acceptance, conversion per invite link,
 * people with access, access ending soon), each with its numbers as a table and a CSV
 * download. It reads only the public faces of invite, links and users.
 */
package app.plexinvite.stats;
