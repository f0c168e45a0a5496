package app.plexinvite.mail;

import java.net.URI;
import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * E-mail settings from the environment ({@code mail.*}); each one set here wins over the
 * value the owner stored on the e-mail page.
 *
 * @param host SMTP_HOST
 * @param port SMTP_PORT
 * @param security SMTP_SECURITY: starttls, tls or none
 * @param username SMTP_USERNAME
 * @param password SMTP_PASSWORD (never logged nor shown)
 * @param from SMTP_FROM: the sender address
 * @param ownerEmail OWNER_EMAIL: where the owner's notifications go
 * @param timeout connect and read timeout of one SMTP conversation
 * @param jobsEnabled whether the outbox is sent in the background (tests send by hand)
 */
@Validated
@ConfigurationProperties("mail")
record MailProperties(@Nullable String host, @Nullable @Min(1) @Max(65535) Integer port,
		@Nullable SmtpSecurity security, @Nullable String username, @Nullable String password, @Nullable String from,
		@Nullable String ownerEmail, @NotNull @DurationMin(seconds = 1) @DefaultValue("10s") Duration timeout,
		@DefaultValue("true") boolean jobsEnabled) {

	@Override
	public String toString() {
		return "MailProperties[host=" + this.host + ", port=" + this.port + ", password="
				+ ((this.password != null) ? "(set)" : "(none)") + "]";
	}

	/** PUBLIC_URL, which every link in an e-mail is built from. */
	@ConfigurationProperties("plexinvite")
	record PublicAddress(@Nullable URI publicUrl) {

		/** PUBLIC_URL + path, or null without PUBLIC_URL (an e-mail then has no link). */
		@Nullable String to(String path) {
			return (this.publicUrl != null) ? this.publicUrl.toString().replaceAll("/+$", "") + path : null;
		}

	}

}
