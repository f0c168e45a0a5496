package app.plexinvite.mail;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import app.plexinvite.i18n.Formats;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders an e-mail in one language: the subject from the mail bundle
 * ({@code mail/messages*.properties}, key {@code mail.<kind>.subject}), the HTML part
 * from {@code templates/mail/<kind>.html} in the inline-styled layout, and the plain-text
 * part from {@code templates/mail/<kind>.txt}. Its own engine and bundle, so e-mails
 * never depend on the request being served.
 */
@Component
class MailTemplates {

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	MailTemplates() {
		this.messages.setBasename("mail/messages");
		this.messages.setDefaultEncoding("UTF-8");
		this.messages.setFallbackToSystemLocale(false);
		this.engine.addTemplateResolver(resolver(TemplateMode.HTML, "*.html", 1));
		this.engine.addTemplateResolver(resolver(TemplateMode.TEXT, "*.txt", 2));
		this.engine.setTemplateEngineMessageSource(this.messages);
	}

	/**
	 * @param kind what is sent
	 * @param locale the recipient's language (one of {@link MailLanguages#SUPPORTED})
	 * @param variables what the templates show; {@code subjectArgument} fills the subject
	 */
	RenderedMail render(MailKind kind, Locale locale, Map<String, Object> variables) {
		Map<String, Object> all = new HashMap<>(variables);
		all.replaceAll((name, value) -> (value instanceof Instant instant) ? when(instant, locale) : value);
		all.putIfAbsent("serverName", message("mail.server.unknown", locale));
		String subjectKey = (String) all.getOrDefault("subjectKey", "mail." + kind.template() + ".subject");
		String subject = message(subjectKey, locale, all.getOrDefault("subjectArgument", all.get("serverName")));
		String footer = (kind.audience() == MailKind.Audience.OWNER) ? message("mail.footer.owner", locale)
				: message("mail.footer.invitee", locale, all.get("serverName"));
		all.put("subject", subject);
		all.put("footer", footer);
		all.put("lang", locale.toLanguageTag());
		Context context = new Context(locale, all);
		String html = this.engine.process(kind.template() + ".html", context);
		String text = this.engine.process(kind.template() + ".txt", context).strip() + "\n\n-- \n" + footer + "\n";
		return new RenderedMail(subject, text, html);
	}

	String message(String key, Locale locale, @Nullable Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

	MessageSource messages() {
		return this.messages;
	}

	/**
	 * An instant as the recipient's language writes it, in UTC like the pages: "May 4,
	 * 2026, 10:00 AM UTC", "4. Mai 2026, 10:00 UTC".
	 */
	static String when(Instant instant, Locale locale) {
		return Formats.longDate(instant, locale) + ", " + Formats.time(instant, locale) + " UTC";
	}

	private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String pattern, int order) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setTemplateMode(mode);
		resolver.setResolvablePatterns(Set.of(pattern));
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		resolver.setOrder(order);
		return resolver;
	}

}
