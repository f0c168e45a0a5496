package app.plexinvite.audit;

import java.time.LocalDate;

/**
 * Which entries the audit page lists, newest first. Days are UTC days, like every time on
 * the owner's pages.
 *
 * @param action only this action, or null for all
 * @param actor only this owner or job (exact name), or null for all
 * @param search part of the target or reason, case-insensitive, or null for all
 * @param from from this day on, or null
 * @param to up to and including this day, or null
 * @param before keyset cursor: only ids below it, or null for the newest
 * @param limit page size, 1 to 100
 */
public record AuditQuery(AuditAction action, String actor, String search, LocalDate from, LocalDate to, Long before,
		int limit) {

	public AuditQuery {
		if (limit < 1 || limit > 100) {
			throw new IllegalArgumentException("limit must be within 1..100, was " + limit);
		}
		actor = (actor == null || actor.isBlank()) ? null : actor.strip();
		search = (search == null || search.isBlank()) ? null : search.strip();
		from = withinRange(from);
		to = withinRange(to);
	}

	private static final LocalDate EARLIEST = LocalDate.of(1970, 1, 1);

	private static final LocalDate LATEST = LocalDate.of(9999, 12, 30);

	/** Days beyond any log entry are clamped, so no date arithmetic can overflow. */
	private static LocalDate withinRange(LocalDate day) {
		if (day == null) {
			return null;
		}
		return day.isBefore(EARLIEST) ? EARLIEST : day.isAfter(LATEST) ? LATEST : day;
	}

	/** The newest entries, unfiltered. */
	public static AuditQuery newest(int limit) {
		return new AuditQuery(null, null, null, null, null, null, limit);
	}

}
