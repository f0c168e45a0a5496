package app.plexinvite.audit;

/**
 * What was done. Each value carries the sentence the audit page shows as help text.
 */
public enum AuditAction {

	SIGNED_IN("The owner signed in."),

	SIGN_IN_FAILED("Someone tried to sign in with a wrong name or password."),

	LOCKED_OUT("Sign-in was refused after too many failures from this client."),

	SIGNED_OUT("The owner signed out."),

	PASSWORD_CHANGED("An owner changed their password."),

	TWO_STEP_ENABLED("An owner turned on two-step sign-in."),

	TWO_STEP_DISABLED("An owner turned off two-step sign-in."),

	OWNER_ADDED("An owner added another owner account."),

	OWNER_REMOVED("An owner removed an owner account."),

	REQUEST_APPROVED("The owner approved a request; the invite is sent next."),

	REQUEST_DENIED("The owner denied a request."),

	REQUEST_RETRIED("The owner asked for a failed request to be sent again."),

	REQUEST_CANCELLED("The owner cancelled a request before its invite was sent."),

	INVITE_CODE_CHANGED("The owner changed or cleared the code the request form asks for."),

	APPROVAL_MODE_CHANGED("The owner changed whether requests wait for approval."),

	PROFILE_CREATED("The owner created an access profile."),

	PROFILE_EDITED("The owner changed an access profile."),

	PROFILE_DELETED("The owner deleted an access profile."),

	PROFILE_MADE_DEFAULT("The owner made an access profile the default one."),

	PROFILE_PUSHED("A profile's libraries and settings were applied to one person's share."),

	LINK_CREATED("The owner created an invite link."),

	LINK_EDITED("The owner changed an invite link."),

	LINK_REVOKED("The owner revoked an invite link; it accepts nobody any more."),

	LINK_DELETED("The owner deleted an invite link."),

	ONBOARDING_EDITED("The owner changed the guide or the rules shown to invitees."),

	PLEX_CONNECTION_TESTED("The owner tested the connection to Plex."),

	INVITE_SHARED("The invite pipeline shared the server with someone who asked."),

	LINK_SHARED("An invite link shared the server with its invitee."),

	LINK_ACCEPTED("An invite link accepted the share on its invitee's behalf."),

	PERSON_REVOKED("The owner removed someone's access to the server."),

	PERSON_INVITE_CANCELLED("The owner cancelled an invite that was not accepted yet."),

	PERSON_INVITE_RESENT("The owner sent a pending invite again."),

	PERSON_ACCESS_GIVEN_AGAIN("The owner shared the server again with someone whose access had ended."),

	PERSON_ACCESS_CHANGED("The owner changed someone's libraries or permissions."),

	PERSON_EXPIRY_CHANGED("The owner set, extended or cleared when someone's access ends."),

	PERSON_NOTE_CHANGED("The owner changed their note about someone."),

	PERSON_GONE_UNDONE("The owner said someone marked gone is still there."),

	PEOPLE_SYNCED("The owner asked for the people list to be read from plex.tv now."),

	PERSON_MARKED_GONE("The sync found someone was no longer on plex.tv in two complete syncs in a row."),

	PEOPLE_IMPORTED("The sync found people shared outside Plex Invite and listed them as imported."),

	ACCESS_EXPIRED("The expiry job removed someone's access because its end date passed."),

	WEBHOOK_CREATED("The owner registered a webhook, Discord or ntfy endpoint."),

	WEBHOOK_EDITED("The owner changed an endpoint's name, address, events or token."),

	WEBHOOK_DELETED("The owner deleted an endpoint and its delivery log."),

	WEBHOOK_SECRET_ROTATED("The owner replaced an endpoint's signing secret."),

	WEBHOOK_TESTED("The owner sent a test event to an endpoint."),

	WEBHOOK_DELIVERY_RETRIED("The owner sent a delivery once more."),

	WEBHOOK_ENABLED("The owner enabled an endpoint again."),

	WEBHOOK_DISABLED("An endpoint was disabled because its deliveries kept failing."),

	MAIL_SETTINGS_CHANGED("The owner changed the SMTP settings or where notifications go (never the password itself)."),

	MAIL_CHOICES_CHANGED("The owner changed which e-mails are sent, or their language."),

	MAIL_TEST_SENT("The owner queued a test e-mail."),

	MAIL_RETRIED("The owner asked for an e-mail that failed to be sent again now."),

	MAIL_LINK_SENT("The owner e-mailed an invite link to someone."),

	REQUEST_CREATED("An invite request was made for someone through the REST API."),

	API_KEY_CREATED("The owner created an API key for the REST API."),

	API_KEY_REVOKED("The owner revoked an API key; calls with it are refused."),

	BATCH_STARTED("The owner confirmed a batch from a CSV file; its valid rows are handed to the invite pipeline."),

	BATCH_CANCELLED("The owner cancelled a running batch; rows not handed over yet are not sent."),

	BATCH_DISCARDED("The owner discarded a batch's preview without sending anything."),

	BACKUP_DOWNLOADED("The owner downloaded a copy of the database from the settings page.");

	private final String meaning;

	AuditAction(String meaning) {
		this.meaning = meaning;
	}

	/** One sentence for the owner: what this action is. */
	public String meaning() {
		return this.meaning;
	}

}
