package app.plexinvite.onboarding;

/**
 * The rules an invitee accepts before signing in, when the owner turned them on.
 *
 * @param enabled whether the invitee must accept them
 * @param markdown the rules as the owner wrote them (or the built-in ones)
 * @param html the rules rendered and sanitised, safe to insert unescaped
 */
public record PreJoinRules(boolean enabled, String markdown, String html) {
}
