package app.plexinvite.audit;

/**
 * One stored event, as the audit page shows it.
 *
 * @param id its place in the log (higher is newer)
 * @param event what happened
 */
public record AuditEntry(long id, AuditEvent event) {

}
