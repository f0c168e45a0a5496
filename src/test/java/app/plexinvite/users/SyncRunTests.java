package app.plexinvite.users;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessResourceFailureException;

import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.ServerShares;
import app.plexinvite.users.SyncStatus.SyncOutcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;

/** A sync that breaks after plex.tv answered still records why, and changes nobody. */
class SyncRunTests {

	@TempDir
	Path folder;

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql" })
	void recordsAFailureWhenReadingThePeopleBreaks(String vendor) {
		PeopleFixture fixture = new PeopleFixture(vendor, this.folder);
		Person alice = fixture.insert(PeopleFixture.person("alice", 1L, PersonState.ACCEPTED));
		PlexClient plex = mock(PlexClient.class);
		given(plex.serverShares()).willReturn(new ServerShares("machine", List.of(), true, null));
		PersonStore store = spy(fixture.store);
		doThrow(new DataAccessResourceFailureException("disk gone")).when(store).everyone();
		var clocks = new StaticListableBeanFactory();
		clocks.addBean("clock", fixture.clock);
		SyncRun run = new SyncRun(plex, new SyncRuns(fixture.jdbc), new SyncWriter(store), store, fixture.transaction,
				mock(ApplicationEventPublisher.class),
				new PeopleNotices(mock(ApplicationEventPublisher.class), new PersonLocales(fixture.jdbc)),
				clocks.getBeanProvider(java.time.Clock.class));

		SyncStatus status = run.run();

		assertThat(status.lastOutcome()).isEqualTo(SyncOutcome.FAILED);
		assertThat(status.lastProblem()).contains("could not be merged");
		assertThat(status.lastAttemptAt()).isEqualTo(fixture.clock.instant());
		assertThat(fixture.store.find(alice.id())).contains(alice);
	}

}
