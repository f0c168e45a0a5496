package app.plexinvite.users;

import java.time.Instant;

/**
 * When someone first accepted their invite, for the statistics page.
 *
 * @param origin how they came
 * @param originRef the request id or link redemption id they came from, or null
 * @param joinedAt when they came (were shared with, or first seen)
 * @param acceptedAt the first time they were seen accepted (at sign-in on a link, or by a
 * sync with plex.tv)
 */
public record Acceptance(PersonOrigin origin, Long originRef, Instant joinedAt, Instant acceptedAt) {
}
