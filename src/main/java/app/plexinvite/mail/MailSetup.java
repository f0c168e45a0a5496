package app.plexinvite.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

import app.plexinvite.crypto.SealedText;

/**
 * The e-mail settings in force (the environment wins, field by field, over what the owner
 * stored) and the owner's changes to them. Read fresh for every message, so a change on
 * the page applies without a restart.
 */
@Service
class MailSetup {

	private static final Logger log = LoggerFactory.getLogger(MailSetup.class);

	static final String SEAL_INFO = "plex-invite/smtp-password/v1";

	private final MailProperties environment;

	private final MailSettingsStore store;

	private final SealedText sealed;

	private final Clock clock;

	MailSetup(MailProperties environment, MailSettingsStore store, Environment spring, ObjectProvider<Clock> clock) {
		this.environment = environment;
		this.store = store;
		this.sealed = new SealedText(spring.getRequiredProperty("plexinvite.secret-key"), SEAL_INFO,
				"mail_settings.smtp_password_sealed");
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	MailSettings current() {
		MailSettingsStore.Stored stored = this.store.find().orElse(MailSettingsStore.Stored.EMPTY);
		MailProperties env = this.environment;
		Set<String> fromEnv = new LinkedHashSet<>();
		String host = pick("host", env.host(), stored.host(), fromEnv);
		Integer port = pick("port", env.port(), stored.port(), fromEnv);
		SmtpSecurity security = pick("security", env.security(), security(stored.security()), fromEnv);
		String username = pick("username", env.username(), stored.username(), fromEnv);
		String password = pick("password", env.password(), open(stored.passwordSealed()), fromEnv);
		String from = pick("from", env.from(), stored.from(), fromEnv);
		String ownerEmail = pick("ownerEmail", env.ownerEmail(), stored.ownerEmail(), fromEnv);
		return new MailSettings(host, (port != null) ? port : MailSettings.DEFAULT_PORT,
				(security != null) ? security : SmtpSecurity.STARTTLS, username, password, from, ownerEmail,
				MailLanguages.parse(stored.ownerLanguage()), stored.inviteesEnabled(), kinds(stored.ownerKindsOff()),
				Set.copyOf(fromEnv));
	}

	/**
	 * Stores the form's values for every field the environment does not set (the others
	 * stay).
	 */
	void saveSmtp(SmtpForm form) {
		MailSettingsStore.Stored old = this.store.find().orElse(MailSettingsStore.Stored.EMPTY);
		String sealedPassword = old.passwordSealed();
		if (form.clear()) {
			sealedPassword = null;
		}
		else if (SmtpForm.blankToNull(form.password()) != null) {
			sealedPassword = this.sealed.seal(form.password().getBytes(StandardCharsets.UTF_8));
		}
		Set<String> env = current().fromEnvironment();
		String security = (form.security() != null) ? form.security().name() : null;
		this.store.saveSmtp(new MailSettingsStore.Stored(
				env.contains("host") ? old.host() : SmtpForm.blankToNull(form.host()),
				env.contains("port") ? old.port() : form.port(), env.contains("security") ? old.security() : security,
				env.contains("username") ? old.username() : SmtpForm.blankToNull(form.username()),
				env.contains("password") ? old.passwordSealed() : sealedPassword,
				env.contains("from") ? old.from() : SmtpForm.blankToNull(form.from()),
				env.contains("ownerEmail") ? old.ownerEmail() : SmtpForm.blankToNull(form.ownerEmail()), null, true,
				null), this.clock.instant());
	}

	void saveChoices(Locale ownerLanguage, boolean inviteesEnabled, Set<MailKind> ownerKindsOn) {
		String off = MailKind.ownerChoices()
			.stream()
			.filter((kind) -> !ownerKindsOn.contains(kind))
			.map(MailKind::name)
			.collect(Collectors.joining(","));
		this.store.saveChoices(ownerLanguage.toLanguageTag(), inviteesEnabled, off, this.clock.instant());
	}

	private static <T> @Nullable T pick(String field, @Nullable T fromEnvironment, @Nullable T stored,
			Set<String> fromEnv) {
		if (fromEnvironment != null && !(fromEnvironment instanceof String text && text.isBlank())) {
			fromEnv.add(field);
			return fromEnvironment;
		}
		return stored;
	}

	private @Nullable String open(@Nullable String sealedPassword) {
		if (sealedPassword == null) {
			return null;
		}
		try {
			return new String(this.sealed.open(sealedPassword), StandardCharsets.UTF_8);
		}
		catch (SealedText.Unreadable ex) {
			log.warn("The stored SMTP password cannot be read ({}); enter it again on the e-mail page",
					ex.getMessage());
			return null;
		}
	}

	private static @Nullable SmtpSecurity security(@Nullable String stored) {
		return parse(stored, SmtpSecurity::valueOf);
	}

	private static Set<MailKind> kinds(@Nullable String stored) {
		Set<MailKind> kinds = EnumSet.noneOf(MailKind.class);
		if (stored != null) {
			Arrays.stream(stored.split(",")).map((name) -> parse(name, MailKind::valueOf)).forEach((kind) -> {
				if (kind != null) {
					kinds.add(kind);
				}
			});
		}
		return kinds;
	}

	private static <T> @Nullable T parse(@Nullable String name, Function<String, T> valueOf) {
		try {
			return (name == null || name.isBlank()) ? null : valueOf.apply(name.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
