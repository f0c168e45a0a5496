package app.plexinvite.plex;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionOrderTest {

	@Test
	void triesLocalThenRemoteThenRelayAndHttpsBeforeHttp() {
		List<ServerLocator.ConnectionWire> connections = List.of(
				new ServerLocator.ConnectionWire("https", "139.162.158.105", "8443",
						"https://139-162-158-105.abc.plex.direct:8443", "0", "1"),
				new ServerLocator.ConnectionWire("https", "203.0.113.7", "32400",
						"https://203-0-113-7.abc.plex.direct:32400", "false", "false"),
				new ServerLocator.ConnectionWire("https", "192.168.1.20", "32400",
						"https://192-168-1-20.abc.plex.direct:32400", "true", "false"));

		assertThat(ConnectionOrder.candidates(connections)).map(URI::toString)
			.containsExactly("https://192-168-1-20.abc.plex.direct:32400", "http://192.168.1.20:32400",
					"https://203-0-113-7.abc.plex.direct:32400", "http://203.0.113.7:32400",
					"https://139-162-158-105.abc.plex.direct:8443", "http://139.162.158.105:8443");
	}

	@Test
	void listsAnAddressOnceEvenWhenPlexGivesItTwice() {
		List<ServerLocator.ConnectionWire> connections = List
			.of(new ServerLocator.ConnectionWire("http", "127.0.0.1", "32400", "http://127.0.0.1:32400", "1", "0"));

		assertThat(ConnectionOrder.candidates(connections)).map(URI::toString)
			.containsExactly("http://127.0.0.1:32400");
	}

}
