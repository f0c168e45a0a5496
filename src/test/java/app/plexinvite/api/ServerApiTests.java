package app.plexinvite.api;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.users.PeopleCounts;
import app.plexinvite.users.PersonState;
import app.plexinvite.users.SyncStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

/** Profiles, statistics and health. */
class ServerApiTests extends ApiTest {

	@Test
	void listsTheOwnersProfilesWithTheDefaultFirst() {
		MvcTestResult profiles = get("/api/v1/profiles", key());

		assertThat(profiles).hasStatusOk().bodyJson().extractingPath("$[0].isDefault").isEqualTo(true);
		assertThat(profiles).bodyJson().extractingPath("$[0].libraries").asArray().isNotNull();
	}

	@Test
	void countsRequestsPeopleAndLinks() {
		Map<PersonState, Long> byState = new EnumMap<>(PersonState.class);
		for (PersonState state : PersonState.values()) {
			byState.put(state, 0L);
		}
		byState.put(PersonState.ACCEPTED, 4L);
		byState.put(PersonState.PENDING, 2L);
		given(this.people.counts()).willReturn(new PeopleCounts(byState, 1, 0));
		String key = key();
		post("/api/v1/requests", key, "{\"identifier\":\"counted-once\"}");

		MvcTestResult statistics = get("/api/v1/statistics", key);

		assertThat(statistics).hasStatusOk().bodyJson().extractingPath("$.people.withAccess").isEqualTo(6);
		assertThat(statistics).bodyJson().extractingPath("$.people.byState.ACCEPTED").isEqualTo(4);
		assertThat(statistics).bodyJson().extractingPath("$.people.expiringSoon").isEqualTo(1);
		assertThat(statistics).bodyJson().extractingPath("$.requests.total").asNumber().isNotEqualTo(0);
		assertThat(statistics).bodyJson().extractingPath("$.requests.lastThirtyDays").asArray().hasSize(30);
		assertThat(statistics).bodyJson().extractingPath("$.links.ACTIVE").isNotNull();
	}

	@Test
	void reportsHealthWithoutSecrets() {
		given(this.people.syncStatus())
			.willReturn(new SyncStatus(START, START, SyncStatus.SyncOutcome.COMPLETE, null, 3, 0, 0, null));

		MvcTestResult health = get("/api/v1/health", key());

		// No Plex token in this application: the connection is UNKNOWN, not broken.
		assertThat(health).hasStatusOk().bodyJson().extractingPath("$.plex.status").isEqualTo("UNKNOWN");
		assertThat(health).bodyJson().extractingPath("$.plex.reason").isEqualTo("NOT_CONFIGURED");
		assertThat(health).bodyJson().extractingPath("$.lastSync.outcome").isEqualTo("COMPLETE");
		assertThat(health).bodyJson().extractingPath("$.lastSync.lastSuccessAt").isEqualTo(START.toString());
		assertThat(health).bodyJson().extractingPath("$.version").asString().isNotBlank();
		assertThat(LinksApiTests.contentOf(health)).doesNotContainIgnoringCase("token").doesNotContain("http");
	}

}
