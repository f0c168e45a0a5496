package app.plexinvite.mail;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Hands one message to the SMTP server of the settings in force, as multipart/alternative
 * (plain text first, then HTML), with connect and read timeouts. A new sender per
 * message, so a changed setting applies at once. Failures become a short reason in our
 * words: never a password, never the server's whole answer.
 */
@Component
class SmtpSender {

	private final MailProperties properties;

	SmtpSender(MailProperties properties) {
		this.properties = properties;
	}

	/** Sends, or throws {@link SendFailure} with the reason for the outbox log. */
	void send(MailSettings settings, String recipient, RenderedMail mail) {
		if (!settings.configured()) {
			throw new SendFailure("E-mail is not set up: the SMTP server and the sender address are needed.");
		}
		JavaMailSenderImpl sender = sender(settings);
		try {
			MimeMessage message = sender.createMimeMessage();
			message.setFrom(InternetAddress.parse(settings.from(), true)[0]);
			message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(recipient, true));
			message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
			MimeMultipart alternative = new MimeMultipart("alternative");
			alternative.addBodyPart(part(mail.text(), "plain"));
			alternative.addBodyPart(part(mail.html(), "html"));
			message.setContent(alternative);
			sender.send(message);
		}
		catch (MessagingException ex) {
			throw new SendFailure("The message could not be built: an address is not valid.");
		}
		catch (MailAuthenticationException ex) {
			throw new SendFailure("The SMTP server " + settings.host() + " rejected the user name or password.");
		}
		catch (MailSendException ex) {
			throw new SendFailure(reason(settings, ex));
		}
		catch (MailException ex) {
			throw new SendFailure("Could not talk to the SMTP server " + where(settings) + ".");
		}
	}

	JavaMailSenderImpl sender(MailSettings settings) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost(settings.host());
		sender.setPort(settings.port());
		sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
		String timeout = Long.toString(this.properties.timeout().toMillis());
		Properties javaMail = new Properties();
		javaMail.setProperty("mail.smtp.connectiontimeout", timeout);
		javaMail.setProperty("mail.smtp.timeout", timeout);
		javaMail.setProperty("mail.smtp.writetimeout", timeout);
		if (settings.username() != null) {
			sender.setUsername(settings.username());
			sender.setPassword(settings.password());
			javaMail.setProperty("mail.smtp.auth", "true");
		}
		switch (settings.security()) {
			case STARTTLS -> {
				javaMail.setProperty("mail.smtp.starttls.enable", "true");
				javaMail.setProperty("mail.smtp.starttls.required", "true");
			}
			case TLS -> {
				javaMail.setProperty("mail.smtp.ssl.enable", "true");
				javaMail.setProperty("mail.smtp.ssl.checkserveridentity", "true");
			}
			case NONE -> {
			}
		}
		sender.setJavaMailProperties(javaMail);
		return sender;
	}

	private static MimeBodyPart part(String body, String subtype) throws MessagingException {
		MimeBodyPart part = new MimeBodyPart();
		part.setText(body, StandardCharsets.UTF_8.name(), subtype);
		return part;
	}

	private static String reason(MailSettings settings, MailSendException ex) {
		for (Exception failed : ex.getFailedMessages().values()) {
			for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
				if (cause instanceof java.net.ConnectException || cause instanceof java.net.UnknownHostException
						|| cause instanceof java.net.SocketTimeoutException) {
					return "Could not connect to the SMTP server " + where(settings) + " ("
							+ cause.getClass().getSimpleName() + ").";
				}
				if (cause instanceof jakarta.mail.SendFailedException) {
					return "The SMTP server " + settings.host() + " refused the recipient or the sender address.";
				}
				if (cause instanceof javax.net.ssl.SSLException) {
					return "The TLS connection to " + where(settings) + " failed: check SMTP security and port.";
				}
			}
		}
		return "The SMTP server " + where(settings) + " did not accept the message.";
	}

	private static String where(MailSettings settings) {
		return settings.host() + ":" + settings.port();
	}

	/** Why a message could not be sent, in our words. */
	static final class SendFailure extends RuntimeException {

		SendFailure(String reason) {
			super(reason);
		}

	}

}
