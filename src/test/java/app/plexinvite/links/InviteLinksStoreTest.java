package app.plexinvite.links;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Links and their redemptions on SQLite and PostgreSQL. */
class InviteLinksStoreTest {

	private static final Invitee ALICE = new Invitee(101L, "alice", "alice@example.com");

	private static final Invitee BOB = new Invitee(102L, "bob", "bob@example.com");

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void findsAnOwnCodeInAnyCaseAndRefusesTheSameCodeInOtherCase(String vendor) {
		LinksFixture fixture = new LinksFixture(vendor, this.folder);
		InviteLink family = fixture.inviteLinks.create(LinksFixture.draft("Family-2026", 5, null));

		assertThat(fixture.inviteLinks.findByCode("FAMILY-2026")).contains(family);
		assertThat(family.customCode()).isTrue();
		assertThat(family.profileId()).isEqualTo(LinksFixture.PROFILE);
		assertThatExceptionOfType(LinkProblem.class)
			.isThrownBy(() -> fixture.inviteLinks.create(LinksFixture.draft("family-2026", 5, null)))
			.satisfies((problem) -> assertThat(problem.messageKey()).isEqualTo("admin.links.code.taken"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void takesOneUsePerPersonAndGivesAReturningPersonTheirRedemptionBack(String vendor) {
		LinksFixture fixture = new LinksFixture(vendor, this.folder);
		InviteLink link = fixture.link(2);

		Reservation first = fixture.inviteLinks.reserve(link, ALICE);
		Reservation again = fixture.inviteLinks.reserve(link, ALICE);

		assertThat(first).isInstanceOf(Reservation.Reserved.class);
		long id = ((Reservation.Reserved) first).redemptionId();
		assertThat(again).isEqualTo(new Reservation.Reserved(id, true));
		assertThat(fixture.inviteLinks.findByCode(link.code()).orElseThrow().uses()).isEqualTo(1);
		Redemption stored = fixture.inviteLinks.redemption(id).orElseThrow();
		assertThat(stored.status()).isEqualTo(RedemptionStatus.RESERVED);
		assertThat(stored.plexAccountId()).isEqualTo(101L);
		assertThat(stored.profileId()).isEqualTo(LinksFixture.PROFILE);
		assertThat(stored.createdAt()).isEqualTo(LinksFixture.START);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void refusesAUsedUpLinkToSomeoneNewButNotToItsRedeemer(String vendor) {
		LinksFixture fixture = new LinksFixture(vendor, this.folder);
		InviteLink link = fixture.link(1);
		Reservation alice = fixture.inviteLinks.reserve(link, ALICE);

		assertThat(fixture.inviteLinks.reserve(link, BOB)).isEqualTo(new Reservation.Refused(LinkState.USED_UP));
		assertThat(fixture.inviteLinks.reserve(link, ALICE))
			.isEqualTo(new Reservation.Reserved(((Reservation.Reserved) alice).redemptionId(), true));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void refusesRevokedAndExpiredLinksEvenToReturningInvitees(String vendor) {
		LinksFixture fixture = new LinksFixture(vendor, this.folder);
		InviteLink revoked = fixture.link(null);
		InviteLink expiring = fixture.inviteLinks
			.create(LinksFixture.draft(null, null, LinksFixture.START.plus(Duration.ofDays(1))));
		fixture.inviteLinks.reserve(revoked, ALICE);
		fixture.inviteLinks.reserve(expiring, ALICE);

		fixture.inviteLinks.revoke(revoked.id());
		fixture.clock.advance(Duration.ofDays(1));

		assertThat(fixture.inviteLinks.reserve(revoked, ALICE)).isEqualTo(new Reservation.Refused(LinkState.REVOKED));
		assertThat(fixture.inviteLinks.reserve(revoked, BOB)).isEqualTo(new Reservation.Refused(LinkState.REVOKED));
		assertThat(fixture.inviteLinks.reserve(expiring, ALICE)).isEqualTo(new Reservation.Refused(LinkState.EXPIRED));
		assertThat(fixture.inviteLinks.reserve(expiring, BOB)).isEqualTo(new Reservation.Refused(LinkState.EXPIRED));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void givesAReleasedUseBackToTheNextPersonButNeverOneAlreadyShared(String vendor) {
		LinksFixture fixture = new LinksFixture(vendor, this.folder);
		InviteLink link = fixture.link(1);
		long typed = ((Reservation.Reserved) fixture.inviteLinks.reserve(link, new Invitee(null, "Carol", null)))
			.redemptionId();

		fixture.inviteLinks.release(typed);

		assertThat(fixture.inviteLinks.redemption(typed)).isEmpty();
		Reservation bob = fixture.inviteLinks.reserve(link, BOB);
		assertThat(bob).isInstanceOf(Reservation.Reserved.class);
		long bobs = ((Reservation.Reserved) bob).redemptionId();
		fixture.inviteLinks.recordShared(bobs, 55L, null);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> fixture.inviteLinks.release(bobs))
			.withMessageContaining("SHARED");
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void recordsTheShareAndTheAcceptanceAndListsThemAsHoldersOfTheProfile(String vendor) {
		LinksFixture fixture = new LinksFixture(vendor, this.folder);
		InviteLink link = fixture.link(null);
		long alice = ((Reservation.Reserved) fixture.inviteLinks.reserve(link, ALICE)).redemptionId();
		long bob = ((Reservation.Reserved) fixture.inviteLinks.reserve(link, BOB)).redemptionId();
		Instant ends = LinksFixture.START.plus(Duration.ofDays(30));

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> fixture.inviteLinks.recordAccepted(alice))
			.withMessageContaining("RESERVED");
		fixture.inviteLinks.recordShared(alice, 900L, ends);
		fixture.inviteLinks.recordAccepted(alice);
		fixture.inviteLinks.recordFailed(bob, "UNKNOWN_USER", "plex.tv said 404");

		Redemption accepted = fixture.inviteLinks.redemption(alice).orElseThrow();
		assertThat(accepted.status()).isEqualTo(RedemptionStatus.ACCEPTED);
		assertThat(accepted.plexShareId()).isEqualTo(900L);
		assertThat(accepted.accessEndsAt()).isEqualTo(ends);
		assertThat(fixture.inviteLinks.redemption(bob).orElseThrow().failureReason()).isEqualTo("UNKNOWN_USER");
		assertThat(fixture.inviteLinks.failureDetails(link.id())).containsEntry(bob, "plex.tv said 404");
		assertThat(fixture.inviteLinks.redemptions(link.id())).extracting(Redemption::id).containsExactly(bob, alice);
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void capsSignInAttemptsOnOwnCodesPerHourButNotOnRandomCodes(String vendor) {
		LinksFixture fixture = new LinksFixture(vendor, this.folder);
		InviteLink custom = fixture.inviteLinks.create(LinksFixture.draft("guessable", null, null));
		InviteLink random = fixture.link(null);

		for (int i = 0; i < InviteLinks.ATTEMPTS_PER_HOUR; i++) {
			assertThat(fixture.inviteLinks.tryAttempt(custom)).isTrue();
			fixture.clock.advance(Duration.ofMinutes(1));
		}
		assertThat(fixture.inviteLinks.tryAttempt(custom)).isFalse();
		for (int i = 0; i < 50; i++) {
			assertThat(fixture.inviteLinks.tryAttempt(random)).isTrue();
		}
		fixture.clock.advance(Duration.ofMinutes(51));
		assertThat(fixture.inviteLinks.tryAttempt(custom)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void deletesALinkFromTheListButKeepsItsRedemptionsAndItsCode(String vendor) {
		LinksFixture fixture = new LinksFixture(vendor, this.folder);
		InviteLink link = fixture.inviteLinks.create(LinksFixture.draft("party-2026", null, null));
		long alice = ((Reservation.Reserved) fixture.inviteLinks.reserve(link, ALICE)).redemptionId();
		fixture.inviteLinks.recordShared(alice, 900L, null);

		fixture.inviteLinks.delete(link.id());

		assertThat(fixture.inviteLinks.findByCode("party")).isEmpty();
		assertThat(fixture.inviteLinks.list()).isEmpty();
		assertThat(fixture.inviteLinks.reserve(link, BOB)).isEqualTo(new Reservation.Refused(LinkState.REVOKED));
		assertThat(fixture.inviteLinks.redemption(alice))
			.hasValueSatisfying((kept) -> assertThat(kept.status()).isEqualTo(RedemptionStatus.SHARED));
		assertThatExceptionOfType(LinkProblem.class)
			.isThrownBy(() -> fixture.inviteLinks.create(LinksFixture.draft("PARTY-2026", null, null)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void listsLinksNewestFirstWithStateRemainingUsesAndThePathWithoutPublicUrl(String vendor) {
		LinksFixture fixture = new LinksFixture(vendor, this.folder);
		InviteLink older = fixture.link(3);
		InviteLink newer = fixture.link(null);
		fixture.inviteLinks.reserve(older, ALICE);
		fixture.inviteLinks.revoke(newer.id());

		List<LinkOverview> list = fixture.inviteLinks.list();

		assertThat(list).extracting((o) -> o.link().id()).containsExactly(newer.id(), older.id());
		assertThat(list).extracting(LinkOverview::state).containsExactly(LinkState.REVOKED, LinkState.ACTIVE);
		assertThat(list.get(1).remainingUses()).isEqualTo(2);
		assertThat(list.get(1).address()).isEqualTo("/i/" + older.code());
		assertThat(list.get(1).absolute()).isFalse();
	}

}
