package app.plexinvite.invite;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The owner's choices: what the dashboard stored wins over the properties (INVITE_CODE,
 * invite.approval-required) once set.
 */
@Component
class OwnerSettings {

	static final int MAX_CODE = 200;

	private final InviteSettings settings;

	private final InviteRequests requests;

	private final InviteProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	OwnerSettings(InviteSettings settings, InviteRequests requests, InviteProperties properties,
			TransactionTemplate transaction, ObjectProvider<Clock> clock) {
		this.settings = settings;
		this.requests = requests;
		this.properties = properties;
		this.transaction = transaction;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
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

	ShareConfiguration shareConfiguration() {
		List<ShareConfiguration.SharedLibrary> libraries = this.settings.findLibraries();
		return new ShareConfiguration(flag(InviteSettings.ALL_LIBRARIES), libraries, flag(InviteSettings.ALLOW_SYNC),
				flag(InviteSettings.ALLOW_CHANNELS), flag(InviteSettings.ALLOW_CAMERA_UPLOAD));
	}

	/**
	 * Replaces the configuration; requests that waited for it become due at once.
	 */
	void saveShareConfiguration(ShareConfiguration configuration) {
		this.transaction.executeWithoutResult((status) -> {
			this.settings.deleteLibraries();
			configuration.libraries().forEach(this.settings::insertLibrary);
			save(InviteSettings.ALL_LIBRARIES, configuration.allLibraries());
			save(InviteSettings.ALLOW_SYNC, configuration.allowSync());
			save(InviteSettings.ALLOW_CHANNELS, configuration.allowChannels());
			save(InviteSettings.ALLOW_CAMERA_UPLOAD, configuration.allowCameraUpload());
			if (configuration.configured()) {
				this.requests.wakeUnconfigured(this.clock.instant());
			}
		});
	}

	private boolean flag(String name) {
		return this.settings.find(name).map(Boolean::parseBoolean).orElse(false);
	}

	private void save(String name, boolean value) {
		this.settings.save(name, Boolean.toString(value));
	}

}
