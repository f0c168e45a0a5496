package app.plexinvite.plex;

import java.net.URI;
import java.util.List;

import app.plexinvite.plexsim.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PlexClientServerTest {

	private final SimFixture fixture = new SimFixture();

	@AfterEach
	void close() {
		this.fixture.close();
	}

	@Test
	void picksTheWorkingLocalHttpAfterTheRefusingHttps() {
		PlexServerConnection server = this.fixture.client().server();

		assertThat(server.name()).isEqualTo("Living Room");
		assertThat(server.machineIdentifier()).isEqualTo(this.fixture.server.machineIdentifier());
		assertThat(server.uri()).isEqualTo(URI.create(this.fixture.server.url()));
		assertThat(server.accessToken().value()).isEqualTo(this.fixture.server.accessToken());
		RecordedRequest resources = this.fixture.only("GET", "/api/v2/resources");
		assertThat(resources.queryParam("includeHttps")).isEqualTo("1");
		assertThat(resources.queryParam("includeRelay")).isEqualTo("1");
		assertThat(this.fixture.requests("GET", "/identity"))
			.allSatisfy((probe) -> assertThat(probe.header("X-Plex-Token")).isNull());
	}

	@Test
	void findsTheServerByItsExactName() {
		this.fixture.sim.addServer("Living Room 2");
		PlexClient lowerCase = this.fixture
			.client(this.fixture.properties(this.fixture.sim.ownerToken(), "living room", null));

		PlexException ex = catchThrowableOfType(PlexException.class, lowerCase::server);

		assertThat(ex.reason()).isEqualTo(PlexException.Reason.SERVER_NOT_FOUND);
		assertThat(this.fixture.client().server().machineIdentifier())
			.isEqualTo(this.fixture.server.machineIdentifier());
	}

	@Test
	void reportsAStoppedServerAsUnreachable() {
		this.fixture.server.stop();

		PlexException ex = catchThrowableOfType(PlexException.class, this.fixture.client()::server);

		assertThat(ex.reason()).isEqualTo(PlexException.Reason.SERVER_UNREACHABLE);
	}

	@Test
	void findsAgainAfterTheKnownAddressStoppedAnswering() {
		PlexClient client = this.fixture.client();
		client.libraries();
		this.fixture.server.stop();

		PlexException ex = catchThrowableOfType(PlexException.class, client::libraries);

		assertThat(ex.reason()).isEqualTo(PlexException.Reason.SERVER_UNREACHABLE);
		assertThat(catchThrowableOfType(PlexException.class, client::server).reason())
			.isEqualTo(PlexException.Reason.SERVER_UNREACHABLE);
		assertThat(this.fixture.requests("GET", "/api/v2/resources")).hasSize(2);
	}

	@Test
	void usesAConfiguredServerUrlAndStillTakesTheAccessTokenFromResources() {
		PlexClient client = this.fixture.client(
				this.fixture.properties(this.fixture.sim.ownerToken(), null, URI.create(this.fixture.server.url())));

		PlexServerConnection server = client.server();

		assertThat(server.uri()).isEqualTo(URI.create(this.fixture.server.url()));
		assertThat(server.machineIdentifier()).isEqualTo(this.fixture.server.machineIdentifier());
		assertThat(server.name()).isEqualTo("Living Room");
		assertThat(server.accessToken().value()).isEqualTo(this.fixture.server.accessToken());
		assertThat(this.fixture.requests("GET", "/identity")).hasSize(1);
	}

	@Test
	void listsTheLibrariesWithPlexTvIdsBesideTheServerKeys() {
		List<PlexLibrary> libraries = this.fixture.client().libraries();

		assertThat(libraries).containsExactly(
				new PlexLibrary(this.fixture.movies.plexTvId(), this.fixture.movies.key(), "Movies", "movie"),
				new PlexLibrary(this.fixture.shows.plexTvId(), this.fixture.shows.key(), "TV Shows", "show"),
				new PlexLibrary(this.fixture.music.plexTvId(), this.fixture.music.key(), "Music", "artist"));
		assertThat(this.fixture.only("GET", "/library/sections").header("X-Plex-Token"))
			.isEqualTo(this.fixture.server.accessToken());
		assertThat(this.fixture.only("GET", "/api/servers/" + this.fixture.server.machineIdentifier())
			.header("X-Plex-Token")).isEqualTo(this.fixture.sim.ownerToken());
	}

}
