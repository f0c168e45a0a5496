package app.plexinvite.invite;

import org.springframework.stereotype.Component;

/**
 * The owner's choices: what the dashboard stored wins over the properties (INVITE_CODE,
 * invite.approval-required) once set.
 */
@Component
class OwnerSettings {

	static final int MAX_CODE = 200;

	private final InviteSettings settings;

	private final InviteProperties properties;

	OwnerSettings(InviteSettings settings, InviteProperties properties) {
		this.settings = settings;
		this.properties = properties;
	}

	InviteCode inviteCode() {
		return this.settings.find(InviteSettings.INVITE_CODE)
			.map((stored) -> new InviteCode(stored.isEmpty() ? null : stored, InviteCode.Source.DASHBOARD))
			.orElseGet(() -> (this.properties.code() != null)
					? new InviteCode(this.properties.code(), InviteCode.Source.ENVIRONMENT)
					: new InviteCode(null, InviteCode.Source.NONE));
	}

	void changeInviteCode(String code) {
		String stored = (code == null || code.isBlank()) ? "" : code.strip();
		if (stored.length() > MAX_CODE) {
			throw new IllegalArgumentException("An invite code has at most " + MAX_CODE + " characters");
		}
		this.settings.save(InviteSettings.INVITE_CODE, stored);
	}

	boolean approvalRequired() {
		return this.settings.find(InviteSettings.APPROVAL_REQUIRED)
			.map(Boolean::parseBoolean)
			.orElse(this.properties.approvalRequired());
	}

	void requireApproval(boolean required) {
		this.settings.save(InviteSettings.APPROVAL_REQUIRED, Boolean.toString(required));
	}

}
