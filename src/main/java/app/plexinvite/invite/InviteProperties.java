package app.plexinvite.invite;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the invite feature ({@code invite.*}). What the owner stores on the
 * dashboard wins over the first two once set.
 *
 * @param code INVITE_CODE: the code the public form asks for (optional)
 * @param approvalRequired whether requests wait for the owner's approval
 * @param workerEnabled whether the scheduled worker sends invites (tests drive it by
 * hand)
 * @param submitWait how long the form may wait for a send it handed to a free slot before
 * showing the status page (0, the default: not at all; the status page refreshes itself)
 * @param lease how long a request may stay SENDING before it counts as interrupted
 */
@Validated
@ConfigurationProperties("invite")
record InviteProperties(String code, @DefaultValue("false") boolean approvalRequired,
		@DefaultValue("true") boolean workerEnabled, @NotNull @DefaultValue("0s") Duration submitWait,
		@NotNull @DefaultValue("5m") Duration lease) {

	InviteProperties {
		code = (code == null || code.isBlank()) ? null : code.strip();
	}

}
