/**
 * The owner's audit log ({@code /admin/audit}): every owner action and every automatic
 * action on Plex, who or which job, what, to whom, when, from which client and how it
 * ended, never a secret. Features publish {@link app.plexinvite.audit.AuditEvent}; this
 * package depends on no other feature but listens to the owner-account events that
 * {@code security} publishes.
 */
package app.plexinvite.audit;
