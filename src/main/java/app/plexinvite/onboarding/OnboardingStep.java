package app.plexinvite.onboarding;

/**
 * One step of the guide the invitee sees after joining.
 *
 * @param title the step's title
 * @param markdown the body as the owner wrote it
 * @param html the body rendered and sanitised, safe to insert unescaped
 */
public record OnboardingStep(String title, String markdown, String html) {
}
