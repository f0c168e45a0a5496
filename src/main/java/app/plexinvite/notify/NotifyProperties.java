package app.plexinvite.notify;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.hibernate.validator.constraints.time.DurationMin;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of outgoing notifications ({@code notify.*}); the defaults are what the README
 * documents and are not meant to be changed in production (tests shorten the timeouts).
 *
 * @param connectTimeout how long connecting to a receiver may take
 * @param requestTimeout how long a whole request may take, answer included
 * @param pollInterval how often the worker looks for due deliveries
 * @param lease how long a claimed delivery stays with its worker before another may take
 * it (longer than a request can take)
 * @param backOff the waits after the 1st, 2nd… failed attempt; after the last one the
 * delivery gives up
 * @param disableAfter how long an endpoint may fail without a single success before it is
 * disabled
 * @param disableMinFailures how many failed attempts in a row that takes at least
 * @param workerEnabled whether the scheduled worker runs (tests drive it by hand)
 */
@Validated
@ConfigurationProperties("notify")
record NotifyProperties(@NotNull @DurationMin(millis = 1) @DefaultValue("5s") Duration connectTimeout,
		@NotNull @DurationMin(millis = 1) @DefaultValue("10s") Duration requestTimeout,
		@NotNull @DurationMin(millis = 100) @DefaultValue("5s") Duration pollInterval,
		@NotNull @DurationMin(seconds = 1) @DefaultValue("2m") Duration lease, @NotEmpty @DefaultValue( {
				"30s", "2m", "10m", "30m", "1h", "2h", "4h", "6h" }) List<Duration> backOff,
		@NotNull @DurationMin(millis = 0) @DefaultValue("24h") Duration disableAfter,
		@Min(1) @DefaultValue("10") int disableMinFailures, @DefaultValue("true") boolean workerEnabled){

	/**
	 * When a delivery that failed its {@code attempts}-th attempt is tried again, or
	 * null.
	 */
	Duration waitAfter(int attempts) {
		return (attempts >= 1 && attempts <= this.backOff.size()) ? this.backOff.get(attempts - 1) : null;
	}

}
