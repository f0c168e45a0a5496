package app.plexinvite.links;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twenty people redeem a single-use link at the same instant: exactly one gets it, on
 * SQLite (a WAL file with the application's busy timeout) and on PostgreSQL.
 */
class ReservationConcurrencyTest {

	private static final int PEOPLE = 20;

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void givesTheOnlyUseOfALinkToExactlyOneOfTwentySimultaneousPeople(String vendor) throws Exception {
		LinksFixture fixture = new LinksFixture(vendor, this.folder);
		InviteLink link = fixture.link(1);
		CountDownLatch gate = new CountDownLatch(1);
		List<Future<Reservation>> answers = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(PEOPLE);
		try {
			for (int i = 0; i < PEOPLE; i++) {
				Invitee invitee = new Invitee(1000L + i, "friend" + i, null);
				answers.add(pool.submit(() -> {
					gate.await();
					return fixture.inviteLinks.reserve(link, invitee);
				}));
			}
			gate.countDown();
			List<Reservation> results = new ArrayList<>();
			for (Future<Reservation> answer : answers) {
				results.add(answer.get(60, TimeUnit.SECONDS));
			}

			assertThat(results).filteredOn(Reservation.Reserved.class::isInstance).hasSize(1);
			assertThat(results).filteredOn(Reservation.Refused.class::isInstance)
				.hasSize(PEOPLE - 1)
				.allSatisfy((refused) -> assertThat(refused).isEqualTo(new Reservation.Refused(LinkState.USED_UP)));
			assertThat(fixture.inviteLinks.findByCode(link.code()).orElseThrow().uses()).isEqualTo(1);
			assertThat(fixture.inviteLinks.redemptions(link.id())).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
	}

}
