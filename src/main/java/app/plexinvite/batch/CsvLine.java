package app.plexinvite.batch;

/**
 * One data row of the owner's file, as typed (trimmed; empty cells null).
 *
 * @param number the row's number in the file (the header, when there is one, is row 1)
 * @param identifier the Plex username or e-mail
 * @param name the person's name, or null
 * @param profile an access profile's name or id, or null for the default one
 * @param expiry an ISO date or a duration such as 30d, or null for the profile's
 * @param message a personal message, or null
 */
record CsvLine(long number, String identifier, String name, String profile, String expiry, String message) {

}
