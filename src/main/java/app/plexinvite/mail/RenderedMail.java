package app.plexinvite.mail;

/**
 * One e-mail as it will be sent.
 *
 * @param subject the subject line
 * @param text the plain-text part
 * @param html the HTML part (inline styles, no external images)
 */
record RenderedMail(String subject, String text, String html) {
}
