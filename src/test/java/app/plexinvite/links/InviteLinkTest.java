package app.plexinvite.links;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The link rules on a fixed clock: expiry, uses and revocation. */
class InviteLinkTest {

	private static final Clock clock = Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC);

	private static final Instant NOW = clock.instant();

	private static InviteLink link(Instant expiresAt, Integer maxUses, int uses, Instant revokedAt) {
		return new InviteLink(1, "abc", false, "Friends", null, null, expiresAt, maxUses, uses, 7, false, false,
				revokedAt, NOW.minus(Duration.ofDays(1)));
	}

	@Test
	void isActiveBeforeItsExpiryAndExpiredFromThatInstantOn() {
		InviteLink link = link(NOW.plusSeconds(60), null, 0, null);

		assertThat(link.state(NOW)).isEqualTo(LinkState.ACTIVE);
		assertThat(link.state(NOW.plusSeconds(59))).isEqualTo(LinkState.ACTIVE);
		assertThat(link.state(NOW.plusSeconds(60))).isEqualTo(LinkState.EXPIRED);
	}

	@Test
	void neverExpiresWithoutAnExpiryAndNeverRunsOutWithoutAUseLimit() {
		InviteLink link = link(null, null, 5000, null);

		assertThat(link.state(NOW.plus(Duration.ofDays(3650)))).isEqualTo(LinkState.ACTIVE);
		assertThat(link.remainingUses()).isNull();
	}

	@Test
	void isUsedUpOnceEveryUseIsTaken() {
		assertThat(link(null, 3, 2, null).state(NOW)).isEqualTo(LinkState.ACTIVE);
		assertThat(link(null, 3, 2, null).remainingUses()).isEqualTo(1);
		assertThat(link(null, 3, 3, null).state(NOW)).isEqualTo(LinkState.USED_UP);
		assertThat(link(null, 3, 3, null).remainingUses()).isZero();
	}

	@Test
	void countsNoUsesLeftWhenTheOwnerLoweredTheLimitBelowTheUsesTaken() {
		InviteLink link = link(null, 2, 4, null);

		assertThat(link.remainingUses()).isZero();
		assertThat(link.state(NOW)).isEqualTo(LinkState.USED_UP);
	}

	@Test
	void tellsRevokedBeforeExpiredAndExpiredBeforeUsedUp() {
		assertThat(link(NOW.minusSeconds(1), 1, 1, NOW.minusSeconds(5)).state(NOW)).isEqualTo(LinkState.REVOKED);
		assertThat(link(NOW.minusSeconds(1), 1, 1, null).state(NOW)).isEqualTo(LinkState.EXPIRED);
	}

}
