package app.plexinvite.journeys;

import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.test.context.ActiveProfiles;

import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.support.AppTest;

/**
 * What every browser journey needs: the whole app in demo mode on a random port (one
 * Spring context for all journeys), its words, and one browser per window size for the
 * class.
 */
@AppTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class Journeys {

	@LocalServerPort
	int port;

	@Autowired
	PlexSimulator simulator;

	@Autowired
	MessageSource messages;

	Texts texts;

	Browser phone;

	Browser desktop;

	@BeforeAll
	void startBrowsers() throws IOException {
		this.texts = new Texts(this.messages);
		String base = "http://127.0.0.1:" + this.port;
		this.phone = Browser.phone(base);
		this.desktop = Browser.desktop(base);
	}

	/** The demo server's libraries with these titles, in this order. */
	List<SimLibrary> libraries(String... titles) {
		List<SimLibrary> all = this.simulator.server("Demo Server").libraries();
		return Stream.of(titles)
			.map((title) -> all.stream().filter((library) -> library.title().equals(title)).findFirst().orElseThrow())
			.toList();
	}

	@AfterAll
	void stopBrowsers() throws IOException {
		try (Browser phone = this.phone; Browser desktop = this.desktop) {
			// both are closed, even when one fails to
		}
	}

}
