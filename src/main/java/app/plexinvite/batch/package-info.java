/**
 * Batch invitations: the owner uploads a CSV file of Plex usernames or e-mails, checks
 * the stored preview, and a throttled feeder hands the valid rows to the invite pipeline,
 * with live progress, cancel and a result file.
 */
package app.plexinvite.batch;
