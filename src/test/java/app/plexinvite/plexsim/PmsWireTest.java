package app.plexinvite.plexsim;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What independently written PMS clients (tools/interop) rely on beyond the body: PMS
 * headers, the full root and the plex-api-spec's section path.
 */
class PmsWireTest {

	private final PlexSimulator sim = PlexSimulator.builder()
		.clock(Clock.fixed(Instant.parse("2026-01-05T10:00:00Z"), ZoneOffset.UTC))
		.build();

	private final SimHttp http = new SimHttp();

	private final SimServer server = this.sim.addServer("Living Room");

	@AfterEach
	void close() {
		this.sim.close();
	}

	@Test
	void labelsJsonAsPlainApplicationJsonLikeAPms() {
		HttpResponse<String> response = this.http.get(this.server.url() + "/identity", "Accept", "application/json");

		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(response.headers().firstValue("X-Plex-Protocol")).hasValue("1.0");
	}

	@Test
	void labelsXmlAsTextXmlLikeAPms() {
		HttpResponse<String> response = this.http.get(this.server.url() + "/library/sections", "X-Plex-Token",
				this.sim.ownerToken());

		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/xml;charset=utf-8");
	}

	@Test
	void labelsThe401PageAsPlainHtml() {
		HttpResponse<String> response = this.http.get(this.server.url() + "/");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html");
		assertThat(response.headers().firstValue("X-Plex-Protocol")).hasValue("1.0");
	}

	@Test
	void keepsPlexTvsRailsContentTypes() {
		HttpResponse<String> response = this.http.v2(this.sim, "GET", "/api/v2/user", null, "Accept",
				"application/json");

		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json; charset=utf-8");
		assertThat(response.headers().firstValue("X-Plex-Protocol")).isEmpty();
	}

	@Test
	void answersTheRootWithOwnerFeaturesAndItsDirectories() {
		HttpResponse<String> xml = this.http.get(this.server.url() + "/", "X-Plex-Token", this.sim.ownerToken());
		HttpResponse<String> json = this.http.get(this.server.url() + "/", "X-Plex-Token", this.sim.ownerToken(),
				"Accept", "application/json");

		assertThat(xml.body()).startsWith(Xml.PROLOG + "<MediaContainer size=\"26\" allowCameraUpload=\"1\"")
			.contains(" ownerFeatures=\"federated-auth,")
			.contains("<Directory count=\"3\" key=\"library\" title=\"library\"/>");
		assertThat(json.body()).contains("\"ownerFeatures\":\"federated-auth,")
			.contains("\"livetv\":7")
			.contains("\"offlineTranscode\":1")
			.contains("\"Directory\":[{\"count\":1,\"key\":\"actions\",\"title\":\"actions\"}");
	}

	@Test
	void listsTheSameSectionsUnderLibrarySectionsAll() {
		this.server.addLibrary("Movies", "movie");
		String token = this.server.accessToken();

		HttpResponse<String> all = this.http.get(this.server.url() + "/library/sections/all", "X-Plex-Token", token);
		HttpResponse<String> sections = this.http.get(this.server.url() + "/library/sections", "X-Plex-Token", token);

		assertThat(all.statusCode()).isEqualTo(200);
		assertThat(all.body()).isEqualTo(sections.body()).contains("title=\"Movies\"");
	}

}
