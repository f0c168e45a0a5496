package app.plexinvite.plex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class PlexWireTest {

	@Test
	void doesNotResolveExternalEntities(@TempDir Path dir) throws Exception {
		Path secret = dir.resolve("secret.txt");
		Files.writeString(secret, "TOP-SECRET-CONTENT");
		String xxe = """
				<?xml version="1.0"?>
				<!DOCTYPE MediaContainer [<!ENTITY xxe SYSTEM "%s">]>
				<MediaContainer machineIdentifier="&xxe;"/>
				""".formatted(secret.toUri());

		Throwable thrown = catchThrowable(() -> {
			MediaServerCalls.ContainerWire container = PlexWire.read(xxe, MediaServerCalls.ContainerWire.class,
					"/identity");
			assertThat(String.valueOf(container.machineIdentifier())).doesNotContain("TOP-SECRET");
		});

		if (thrown != null) {
			assertThat(thrown).isInstanceOf(PlexException.class).hasMessageNotContaining("TOP-SECRET");
		}
		assertThat(PlexWire.tree(xxe)).satisfiesAnyOf((tree) -> assertThat(tree).isNull(),
				(tree) -> assertThat(tree.toString()).doesNotContain("TOP-SECRET"));
	}

	@Test
	void readsPlexBooleansInEveryForm() {
		assertThat(List.of("1", "true", "True", " 1 ")).allMatch(PlexWire::isTrue);
		assertThat(List.of("0", "false", "", "yes")).noneMatch(PlexWire::isTrue);
		assertThat(PlexWire.isTrue(null)).isFalse();
	}

	@Test
	void readsLibraryKeysGivenAsNumbersOrStringsAndIgnoresUnknownFields() {
		String json = """
				{"MediaContainer":{"size":2,"unknown":{"x":1},"Directory":[
				 {"key":"1","type":"movie","title":"Movies","allowSync":true},
				 {"key":8,"type":"show","title":"TV Shows","Location":[{"id":1}]}]}}
				""";
		String xml = """
				<MediaContainer size="1" allowSync="0"><Directory key="2" type="movie" title="Movies" hidden="0">
				<Location id="9" path="M:\\Media"/></Directory></MediaContainer>
				""";

		assertThat(PlexWire.read(json, MediaServerCalls.JsonEnvelope.class, "t").container().directories())
			.extracting(MediaServerCalls.DirectoryWire::key)
			.containsExactly("1", "8");
		assertThat(PlexWire.read(xml, MediaServerCalls.ContainerWire.class, "t").directories())
			.containsExactly(new MediaServerCalls.DirectoryWire("2", "Movies", "movie"));
	}

	@Test
	void readsAResourceListWithJsonBooleansAndNumericPorts() {
		String json = """
				[{"name":"Home","clientIdentifier":"abc","provides":"server","owned":true,"accessToken":"t",
				  "connections":[{"protocol":"http","address":"10.0.0.2","port":32400,"uri":"http://10.0.0.2:32400",
				  "local":true,"relay":false,"IPv6":false}]}]
				""";

		List<ServerLocator.ResourceWire> resources = PlexWire.readJson(json,
				new tools.jackson.core.type.TypeReference<List<ServerLocator.ResourceWire>>() {
				}, "t");

		assertThat(resources).singleElement().satisfies((resource) -> {
			assertThat(PlexWire.isTrue(resource.owned())).isTrue();
			assertThat(resource.connections().get(0).port()).isEqualTo("32400");
			assertThat(PlexWire.isTrue(resource.connections().get(0).local())).isTrue();
		});
	}

	@Test
	void readsTheSectionIdsOfTheServerFromPlexTv() {
		String xml = """
				<?xml version="1.0" encoding="UTF-8"?>
				<MediaContainer friendlyName="myPlex" machineIdentifier="plextv" size="2">
				  <Server name="S" machineIdentifier="93c4" owned="1">
				    <Section id="35723967" key="2" type="movie" title="Movies"/>
				    <Section id="35723968" key="8" type="show" title="TV Shows"/>
				  </Server>
				</MediaContainer>
				""";

		LibraryCalls.ServersWire servers = PlexWire.read(xml, LibraryCalls.ServersWire.class, "t");

		assertThat(servers.servers()).singleElement()
			.satisfies((server) -> assertThat(server.sections()).extracting(LibraryCalls.SectionWire::id)
				.containsExactly("35723967", "35723968"));
	}

}
