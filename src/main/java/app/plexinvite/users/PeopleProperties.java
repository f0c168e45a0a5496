package app.plexinvite.users;

import java.time.Duration;

import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the people feature ({@code people.*}). Durations are never negative; the
 * expiry interval, the on-demand sync gap and the longest retry wait are positive (a bad
 * value stops start-up naming the property).
 *
 * @param syncInterval PEOPLE_SYNC_INTERVAL: how often plex.tv's share lists are read (0
 * turns the schedule off; the owner can still sync on demand)
 * @param syncMinGap how long an on-demand sync waits after the previous one started
 * @param expiryInterval PEOPLE_EXPIRY_INTERVAL: how often ended access is looked for
 * @param expiryWarning EXPIRY_WARNING: how long before the end the expiring-soon event is
 * published and the person is listed as expiring soon
 * @param plexCallGap the pause between two plex.tv calls of a job or bulk action, so
 * plex.tv is not hammered
 * @param expiryRetryMax the longest wait between two tries at removing ended access
 * @param jobsEnabled whether the scheduled sync and expiry jobs run (tests drive them by
 * hand)
 */
@Validated
@ConfigurationProperties("people")
record PeopleProperties(@NotNull @DurationMin(millis = 0) @DefaultValue("30m") Duration syncInterval,
		@NotNull @DurationMin(millis = 1) @DefaultValue("1m") Duration syncMinGap,
		@NotNull @DurationMin(millis = 1) @DefaultValue("1m") Duration expiryInterval,
		@NotNull @DurationMin(millis = 0) @DefaultValue("3d") Duration expiryWarning,
		@NotNull @DurationMin(millis = 0) @DefaultValue("250ms") Duration plexCallGap,
		@NotNull @DurationMin(millis = 1) @DefaultValue("1h") Duration expiryRetryMax,
		@DefaultValue("true") boolean jobsEnabled) {

}
