/**
 * E-mail: the owner's SMTP settings and notification choices, messages in the recipient's
 * language rendered from templates when an event arrives, and a durable outbox a worker
 * sends with retries; listens to the events of {@code invite}, {@code users},
 * {@code notify} (an endpoint disabled) and uses the public facades of {@code links} and
 * {@code onboarding}.
 */
package app.plexinvite.mail;
