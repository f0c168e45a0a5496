package app.plexinvite.invite;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the public form posts. The Plex rules for the identifier and the code check are
 * business checks in {@link RequestSubmissions}.
 *
 * @param identifier Plex username or e-mail
 * @param code the invite code, when one is asked for
 */
record RequestForm(
		@NotBlank(message = "{invite.identifier.required}") @Size(max = PlexIdentifier.MAX_EMAIL,
				message = "{invite.identifier.too-long}") String identifier,
		@Size(max = OwnerSettings.MAX_CODE, message = "{invite.code.wrong}") String code) {

	static RequestForm empty() {
		return new RequestForm("", "");
	}

}
