package app.plexinvite.plexsim;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * plex.tv negotiates like the Rails app it is (plex-protocol.md §0.5 Rails pages): an
 * Accept listing {@code *}{@code /*} beside other types is ignored, so axios' default
 * gets XML (jjdenhertog/spotify-to-plex #122).
 */
class RailsAcceptTest {

	private static final String AXIOS_DEFAULT = "application/json, text/plain, */*";

	private final PlexSimulator sim = PlexSimulator.builder().build();

	private final SimHttp http = new SimHttp();

	private final SimServer server = this.sim.addServer("Living Room");

	@AfterEach
	void close() {
		this.sim.close();
	}

	@Test
	void answersAxiosDefaultAcceptWithXml() {
		HttpResponse<String> response = this.http.v2(this.sim, "GET", "/api/v2/user", null, "Accept", AXIOS_DEFAULT);

		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
		assertThat(response.body()).startsWith(Xml.PROLOG + "<user id=\"");
	}

	@Test
	void answersJsonWhenTheAcceptListsOtherTypesWithoutTheWildcard() {
		HttpResponse<String> response = this.http.v2(this.sim, "GET", "/api/v2/user", null, "Accept",
				"application/json, text/plain");

		assertThat(response.body()).startsWith("{\"id\":");
	}

	@Test
	void honoursABrowserLikeAcceptOnAnXhr() {
		HttpResponse<String> response = this.http.v2(this.sim, "GET", "/api/v2/user", null, "Accept", AXIOS_DEFAULT,
				"X-Requested-With", "XMLHttpRequest");

		assertThat(response.body()).startsWith("{\"id\":");
	}

	@Test
	void answersTheMissingClientIdentifierInXmlToo() {
		HttpResponse<String> response = this.http.get(this.sim.baseUrl() + "/api/v2/resources", "X-Plex-Token",
				this.sim.ownerToken(), "Accept", AXIOS_DEFAULT);

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("<error code=\"1000\"");
	}

	@Test
	void appliesTheRailsRuleToPlexTvOnly() {
		HttpResponse<String> response = this.http.get(this.server.url() + "/identity", "Accept", AXIOS_DEFAULT);

		assertThat(response.body()).startsWith("{\"MediaContainer\":");
	}

}
