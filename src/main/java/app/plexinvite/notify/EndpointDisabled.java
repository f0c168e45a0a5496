package app.plexinvite.notify;

import java.time.Instant;

/**
 * An endpoint was disabled because its deliveries kept failing (published once, after it
 * is stored; the mail feature may tell the owner). Also what the dashboard lists.
 *
 * @param endpointId the endpoint
 * @param name what the owner calls it
 * @param reason why, in the owner's words (English, never a secret)
 * @param at when it was disabled
 */
public record EndpointDisabled(long endpointId, String name, String reason, Instant at) {

}
