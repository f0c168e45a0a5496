package app.plexinvite.onboarding;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import app.plexinvite.onboarding.OnboardingStore.Settings;
import app.plexinvite.onboarding.OnboardingStore.StoredStep;

/**
 * The invitee's guide after joining and the rules before signing in. Until the owner
 * edits the steps, the built-in ones (message keys {@code onboarding.default.*}) are
 * shown; the first edit copies them into the database. Steps are addressed by their
 * position (0 first).
 */
@Component
public class Onboarding {

	public static final int MAX_TITLE = 200;

	public static final int MAX_BODY = 10_000;

	static final int DEFAULT_STEPS = 4;

	private final OnboardingStore store;

	private final MessageSource messages;

	private final Clock clock;

	Onboarding(OnboardingStore store, MessageSource messages, ObjectProvider<Clock> clock) {
		this.store = store;
		this.messages = messages;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** The guide's steps in order, rendered. */
	public List<OnboardingStep> steps() {
		return stored().stream()
			.map((step) -> new OnboardingStep(step.title(), step.body(), MarkdownRenderer.render(step.body())))
			.toList();
	}

	/** Whether the built-in steps are shown (the owner has not edited them). */
	public boolean usesDefaultSteps() {
		return !settings().stepsCustomized();
	}

	public PreJoinRules rules() {
		Settings settings = settings();
		String text = (settings.rulesText() != null) ? settings.rulesText() : message("onboarding.default.rules");
		return new PreJoinRules(settings.rulesEnabled(), text, MarkdownRenderer.render(text));
	}

	/** The owner's preview of any Markdown, rendered as the invitee would see it. */
	public String render(String markdown) {
		return MarkdownRenderer.render(markdown);
	}

	@Transactional
	public void addStep(String title, String body) {
		edit((steps) -> steps.add(valid(title, body)));
	}

	@Transactional
	public void updateStep(int position, String title, String body) {
		edit((steps) -> steps.set(checked(position, steps), valid(title, body)));
	}

	@Transactional
	public void removeStep(int position) {
		edit((steps) -> steps.remove(checked(position, steps)));
	}

	/** Moves a step one place up ({@code -1}) or down ({@code 1}); at an end, nothing. */
	@Transactional
	public void moveStep(int position, int direction) {
		edit((steps) -> {
			int target = checked(position, steps) + Integer.signum(direction);
			if (target >= 0 && target < steps.size()) {
				steps.add(target, steps.remove(position));
			}
		});
	}

	@Transactional
	public void saveRules(boolean enabled, String text) {
		String rules = (text == null || text.isBlank()) ? null : text.strip();
		if (rules != null && rules.length() > MAX_BODY) {
			throw new IllegalArgumentException("Rules are at most " + MAX_BODY + " characters");
		}
		Settings settings = settings();
		this.store.saveSettings(new Settings(settings.stepsCustomized(), enabled, rules), this.clock.instant());
	}

	/** The built-in steps and rules again (rules off). */
	@Transactional
	public void resetToDefaults() {
		this.store.replaceSteps(List.of(), this.clock.instant());
		this.store.saveSettings(Settings.DEFAULTS, this.clock.instant());
	}

	private void edit(Consumer<List<StoredStep>> change) {
		List<StoredStep> steps = new ArrayList<>(stored());
		change.accept(steps);
		this.store.replaceSteps(steps, this.clock.instant());
		Settings settings = settings();
		this.store.saveSettings(new Settings(true, settings.rulesEnabled(), settings.rulesText()),
				this.clock.instant());
	}

	private List<StoredStep> stored() {
		if (settings().stepsCustomized()) {
			return this.store.steps();
		}
		return IntStream.rangeClosed(1, DEFAULT_STEPS)
			.mapToObj((n) -> new StoredStep(message("onboarding.default.step" + n + ".title"),
					message("onboarding.default.step" + n + ".body")))
			.toList();
	}

	private Settings settings() {
		return this.store.settings().orElse(Settings.DEFAULTS);
	}

	private String message(String key) {
		return this.messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	private static int checked(int position, List<StoredStep> steps) {
		if (position < 0 || position >= steps.size()) {
			throw new IllegalArgumentException("No step at position " + position);
		}
		return position;
	}

	private static StoredStep valid(String title, String body) {
		String cleanTitle = (title != null) ? title.strip() : "";
		String cleanBody = (body != null) ? body.strip() : "";
		if (cleanTitle.isEmpty() || cleanTitle.length() > MAX_TITLE || cleanBody.length() > MAX_BODY) {
			throw new IllegalArgumentException(
					"A step needs a title of 1 to " + MAX_TITLE + " characters and a body of at most " + MAX_BODY);
		}
		return new StoredStep(cleanTitle, cleanBody);
	}

}
