package app.plexinvite.plexsim;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Cut-short and empty share lists with status 200 (plex-protocol.md §7a, §7c, §8b): the
 * answers a safe sync must not trust.
 */
class ShareListFaultsTest {

	private static final String USERS = "/api/users/";

	private static final String ACCEPTED = "/api/v2/shared_servers/owned/accepted";

	private static final String PENDING = "/api/v2/shared_servers/invites/owned/pending";

	private final PlexSimulator sim = PlexSimulator.builder().build();

	private final SimHttp http = new SimHttp();

	private final SimServer server = this.sim.addServer("Living Room");

	@BeforeEach
	void shareWithFiveFriends() {
		for (int i = 1; i <= 5; i++) {
			SimAccount friend = this.sim.addAccount("friend" + i, "friend" + i + "@example.com");
			this.sim.shareOutOfBand(this.server, friend, List.of(), i <= 3);
		}
	}

	@AfterEach
	void close() {
		this.sim.close();
	}

	@Test
	void listsTheFirstHalfOfTheUsersWhileTotalSizeCountsAll() {
		this.sim.faults().partialUserListNext(1);

		String partial = get(USERS).body();
		String full = get(USERS).body();

		assertThat(count(partial, "<User ")).isEqualTo(2);
		assertThat(attribute(partial, "totalSize")).isEqualTo("5");
		assertThat(attribute(partial, "size")).isEqualTo("2");
		assertThat(partial).contains("username=\"friend1\"").contains("username=\"friend2\"");
		assertThat(count(full, "<User ")).isEqualTo(5);
		assertThat(attribute(full, "totalSize")).isEqualTo("5");
	}

	@Test
	void answersEachShareListEmptyWith200ItsOwnNumberOfTimes() {
		this.sim.faults().emptyShareListsNext(2);

		List<HttpResponse<String>> users = List.of(get(USERS), get(USERS), get(USERS));
		HttpResponse<String> accepted = get(ACCEPTED);
		HttpResponse<String> pending = get(PENDING);

		assertThat(users).allSatisfy((answer) -> assertThat(answer.statusCode()).isEqualTo(200));
		assertThat(count(users.get(0).body(), "<User ")).isZero();
		assertThat(attribute(users.get(0).body(), "totalSize")).isEqualTo("0");
		assertThat(count(users.get(1).body(), "<User ")).isZero();
		assertThat(count(users.get(2).body(), "<User ")).isEqualTo(5);
		assertThat(accepted.statusCode()).isEqualTo(200);
		assertThat(accepted.body()).isEqualTo("[]");
		assertThat(pending.body()).isEqualTo("[]");
		assertThat(get(ACCEPTED).body()).isEqualTo("[]");
		assertThat(count(get(ACCEPTED).body(), "\"accepted\":true")).isEqualTo(3);
		get(PENDING);
		assertThat(count(get(PENDING).body(), "\"sharedServers\":[{")).isEqualTo(2);
	}

	@Test
	void resetClearsBothFaults() {
		this.sim.faults().partialUserListNext(3).emptyShareListsNext(3);

		this.sim.faults().reset();

		assertThat(count(get(USERS).body(), "<User ")).isEqualTo(5);
		assertThat(get(ACCEPTED).body()).isNotEqualTo("[]");
		assertThat(get(PENDING).body()).isNotEqualTo("[]");
	}

	@Test
	void refusesANegativeCount() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.sim.faults().partialUserListNext(-1));
		assertThatIllegalArgumentException().isThrownBy(() -> this.sim.faults().emptyShareListsNext(-1));
	}

	private HttpResponse<String> get(String path) {
		if (path.startsWith("/api/v2/")) {
			return this.http.v2(this.sim, "GET", path, null, "Accept", "application/json");
		}
		return this.http.get(this.sim.baseUrl() + path, "X-Plex-Token", this.sim.ownerToken());
	}

	private static int count(String text, String part) {
		return text.split(Pattern.quote(part), -1).length - 1;
	}

	private static String attribute(String xml, String name) {
		Matcher matcher = Pattern.compile("<MediaContainer[^>]* " + name + "=\"([^\"]*)\"").matcher(xml);
		return matcher.find() ? matcher.group(1) : null;
	}

}
