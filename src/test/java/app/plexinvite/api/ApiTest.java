package app.plexinvite.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditEvent;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditQuery;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.support.AppTest;
import app.plexinvite.support.MutableClock;
import app.plexinvite.users.People;
import app.plexinvite.users.PersonPage;
import app.plexinvite.users.PersonQuery;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;

/**
 * The whole application over MockMvc with a clock the tests move, the invite worker off
 * (requests stay where a test puts them), {@link People} mocked (the people feature is
 * tested against the simulator on its own; these tests pin down what the API asks of it)
 * and a rate limit of {@value #LIMIT} calls a minute per key. Each test makes its own
 * keys. One shared context for every API test.
 */
@AppTest
@AutoConfigureMockMvc
@Import(ApiTestClock.class)
@TestPropertySource(properties = { "api.rate-limit=" + ApiTest.LIMIT + "/minute", "invite.worker-enabled=false" })
abstract class ApiTest {

	static final int LIMIT = 30;

	static final Instant START = Instant.parse("2026-06-01T10:00:00Z");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditLog audit;

	@MockitoBean
	People people;

	@MockitoSpyBean
	PlexClient plex;

	@BeforeEach
	void nobodyYet() {
		given(this.people.find(any(PersonQuery.class))).willReturn(new PersonPage(List.of(), 0, 0, 50));
		given(this.people.find(anyLong())).willReturn(Optional.empty());
	}

	/** A new active key's secret. */
	String key() {
		return this.keys.create("test key", "owner").secret();
	}

	MvcTestResult get(String uri, String key) {
		return this.mvc.get().uri(uri).header("Authorization", "Bearer " + key).exchange();
	}

	MvcTestResult post(String uri, String key, String json) {
		var request = this.mvc.post().uri(uri).header("Authorization", "Bearer " + key);
		if (json != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return request.exchange();
	}

	MvcTestResult put(String uri, String key, String json) {
		return this.mvc.put()
			.uri(uri)
			.header("Authorization", "Bearer " + key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	/** The newest audit entry of this action. */
	AuditEvent lastAudited(AuditAction action) {
		return this.audit.find(new AuditQuery(action, null, null, null, null, null, 1)).entries().get(0).event();
	}

}
