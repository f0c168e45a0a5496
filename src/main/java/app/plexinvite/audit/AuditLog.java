package app.plexinvite.audit;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;

/**
 * The audit log: records every {@link AuditEvent} published by any feature (or handed in
 * directly) and answers the owner's queries, newest first. Events are recorded in the
 * publisher's thread and transaction. A failure to write is logged in one line and never
 * breaks the action it describes.
 */
@Service
public class AuditLog {

	private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

	private final AuditEntries entries;

	private final Clock clock;

	AuditLog(AuditEntries entries, ObjectProvider<Clock> clock) {
		this.entries = entries;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/**
	 * Records what the signed-in owner just did, from the client of the request this
	 * thread serves, now.
	 * @param action what
	 * @param target to whom or what, never a code or token
	 * @param outcome how it ended
	 */
	public void ownerDid(AuditAction action, String target, AuditOutcome outcome) {
		record(new AuditEvent(this.clock.instant(), CurrentRequest.owner(), action, target, outcome));
	}

	@EventListener
	public void record(AuditEvent event) {
		try {
			this.entries.add(event);
		}
		catch (DataAccessException ex) {
			log.error("Could not write audit entry {} by {}: {}", event.action(), event.actor().name(),
					ex.getMostSpecificCause().getClass().getSimpleName());
		}
	}

	/** One page of entries, newest first. */
	public AuditPage find(AuditQuery query) {
		var rows = this.entries.find(query);
		if (rows.size() <= query.limit()) {
			return new AuditPage(rows, null);
		}
		var page = rows.subList(0, query.limit());
		return new AuditPage(page, page.get(page.size() - 1).id());
	}

}
