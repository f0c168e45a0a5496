package app.plexinvite.audit;

import java.util.List;

/**
 * One page of the audit log.
 *
 * @param entries newest first
 * @param nextBefore the cursor of the next (older) page, or null when there is none
 */
public record AuditPage(List<AuditEntry> entries, Long nextBefore) {

	public AuditPage {
		entries = List.copyOf(entries);
	}

}
