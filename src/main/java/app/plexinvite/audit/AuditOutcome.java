package app.plexinvite.audit;

/**
 * How an action ended: OK, or FAILED with a short reason (masked like every text of the
 * log, at most {@value #MAX_REASON} characters).
 *
 * @param succeeded whether it worked
 * @param reason why it failed, or a short note; null when there is nothing to say
 */
public record AuditOutcome(boolean succeeded, String reason) {

	static final int MAX_REASON = 500;

	public AuditOutcome {
		reason = Secrets.clean(reason, MAX_REASON);
	}

	public static AuditOutcome ok() {
		return new AuditOutcome(true, null);
	}

	/** Worked, with a short note ("3 libraries", "already shared"). */
	public static AuditOutcome ok(String note) {
		return new AuditOutcome(true, note);
	}

	public static AuditOutcome failed(String reason) {
		return new AuditOutcome(false, reason);
	}

}
