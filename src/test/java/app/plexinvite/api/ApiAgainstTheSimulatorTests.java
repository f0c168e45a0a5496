package app.plexinvite.api;

import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.plex.PlexClient;
import app.plexinvite.plexsim.PlexSimulator;
import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.plexsim.SimServer;
import app.plexinvite.plexsim.SimShare;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ContentFilter;
import app.plexinvite.profiles.ProfileDraft;
import app.plexinvite.support.AppTest;
import app.plexinvite.support.DefaultProfile;
import app.plexinvite.support.MutableClock;
import app.plexinvite.support.SimulatorProperties;
import app.plexinvite.users.People;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The REST API end to end: the whole application pointed at the Plex simulator, nothing
 * mocked, called with a real key made by {@link ApiKeys} as the /admin/api page makes
 * them. The invite pipeline and the expiry job are package-private in their features and
 * run by hand (looked up by bean name, as their own tests call them); the people sync
 * through {@link People#syncNow()}; the clock is moved, never waited for. What Plex got
 * is read from the simulator: shares carry plex.tv section ids, not the server's keys.
 */
@AppTest
@AutoConfigureMockMvc
@Import(ApiAgainstTheSimulatorTests.Config.class)
class ApiAgainstTheSimulatorTests {

	static final PlexSimulator sim = PlexSimulator.builder().build();

	static final SimServer server = sim.addServer("Living Room");

	static final SimLibrary movies = server.addLibrary("Movies", "movie");

	static final SimLibrary shows = server.addLibrary("Shows", "show");

	static final SimLibrary music = server.addLibrary("Music", "artist");

	static final AtomicInteger names = new AtomicInteger();

	@Autowired
	MockMvcTester mvc;

	@Autowired
	ApiKeys keys;

	@Autowired
	MutableClock clock;

	@Autowired
	AccessProfiles profiles;

	@Autowired
	People people;

	@Autowired
	PlexClient plex;

	@Autowired
	ApplicationContext context;

	String key;

	@DynamicPropertySource
	static void pointAtTheSimulator(DynamicPropertyRegistry registry) {
		SimulatorProperties.pointAtServer(sim, "Living Room", registry);
		registry.add("people.plex-call-gap", () -> "0s");
	}

	@BeforeEach
	void moviesByDefaultAndANewKey() {
		sim.faults().reset();
		DefaultProfile.shares(this.profiles, List.of(library(movies)), false);
		this.plex.server();
		this.key = this.keys.create("Overseerr", "owner").secret();
	}

	@Test
	void aRequestMadeThroughTheApiIsSentWithTheProfilesLibraries() {
		String name = newAccount();

		MvcTestResult created = post("/api/v1/requests", "{\"identifier\":\"" + name + "\",\"awaitApproval\":false}");
		assertJson(created, 201);
		assertThat(created).bodyJson().extractingPath("$.status").isEqualTo("QUEUED");
		String location = created.getResponse().getHeader("Location");
		assertThat(sharesOf(name)).as("nothing sent before the pipeline runs").isEmpty();

		runThePipeline();

		assertThat(sharesOf(name)).singleElement().satisfies((share) -> {
			assertThat(share.allLibraries()).isFalse();
			assertThat(share.librarySectionIds()).containsExactly(movies.plexTvId())
				.doesNotContain(Long.parseLong(movies.key()));
			assertThat(share.accepted()).isFalse();
		});
		MvcTestResult status = get(location);
		assertJson(status, 200);
		assertThat(status).bodyJson().extractingPath("$.status").isEqualTo("SENT");
		assertThat(status).bodyJson().extractingPath("$.identifier").isEqualTo(name);
	}

	@Test
	void anApprovedRequestIsSharedAndADeniedOneNeverReachesPlex() {
		String yes = newAccount();
		String no = newAccount();
		long approved = awaitingApproval(yes);
		long denied = awaitingApproval(no);
		runThePipeline();
		assertThat(sharesOf(yes)).as("awaiting approval, not sent").isEmpty();
		List<SimShare> before = sim.shares();
		sim.clearRequests();

		MvcTestResult refused = post("/api/v1/requests/" + denied + "/deny", "{\"reason\":\"Not this time\"}");
		assertJson(refused, 200);
		assertThat(refused).bodyJson().extractingPath("$.status").isEqualTo("DENIED");
		assertThat(sim.requests()).as("denying calls no Plex").isEmpty();
		MvcTestResult yesNow = post("/api/v1/requests/" + approved + "/approve", null);
		assertJson(yesNow, 200);
		assertThat(yesNow).bodyJson().extractingPath("$.status").isEqualTo("QUEUED");
		assertProblem(post("/api/v1/requests/" + denied + "/approve", null), 409, "conflict");

		runThePipeline();

		assertThat(sharesOf(yes)).singleElement()
			.satisfies((share) -> assertThat(share.librarySectionIds()).containsExactly(movies.plexTvId()));
		assertThat(get("/api/v1/requests/" + approved)).bodyJson().extractingPath("$.status").isEqualTo("SENT");
		assertThat(sharesOf(no)).isEmpty();
		assertThat(sim.shares()).as("only the approved share is new")
			.filteredOn((share) -> !yes.equals(share.invitedUsername()))
			.containsExactlyInAnyOrderElementsOf(before);
		assertThat(sim.requests()).as("nothing for the denied account")
			.noneMatch((request) -> String.valueOf(request.body()).contains('"' + no + '"'));
		assertThat(get("/api/v1/requests/" + denied)).bodyJson().extractingPath("$.status").isEqualTo("DENIED");
	}

	@Test
	void aLinkMadeThroughTheApiOpensOnThePublicPage() {
		MvcTestResult created = post("/api/v1/links", "{\"label\":\"Family\",\"maxUses\":3}");
		assertJson(created, 201);
		assertThat(created).bodyJson().extractingPath("$.state").isEqualTo("ACTIVE");
		String path = URI.create(JsonPath.read(body(created), "$.address")).getPath();
		assertThat(path).startsWith("/i/");

		assertThat(this.mvc.get().uri(path)).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		assertThat(this.mvc.get().uri(path + "-not-this-one")).hasStatus(404);
		assertJson(get(created.getResponse().getHeader("Location")), 200);
	}

	@Test
	void changesTheProfileOfSomeoneListedBySyncAndEndsTheirAccessWhenTheExpiryJobRuns() {
		String name = newAccount();
		long id = withAccess(name);
		AccessProfile showsAndMusic = this.profiles
			.create(new ProfileDraft("Shows and music " + name, false, List.of(library(shows), library(music)), false,
					false, false, ContentFilter.none(), ContentFilter.none(), ContentFilter.none(), null));

		MvcTestResult changed = put("/api/v1/people/" + id + "/profile", "{\"profileId\":" + showsAndMusic.id() + "}");
		assertJson(changed, 200);
		assertThat(changed).bodyJson().extractingPath("$.profileId").isEqualTo((int) showsAndMusic.id());
		assertThat(sharesOf(name)).singleElement()
			.satisfies((share) -> assertThat(share.librarySectionIds()).containsExactlyInAnyOrder(shows.plexTvId(),
					music.plexTvId()));

		assertProblem(put("/api/v1/people/" + id + "/expiry", "{\"endsAt\":\"2000-01-01T00:00:00Z\"}"), 422,
				"validation");
		Instant end = this.clock.instant().plus(Duration.ofHours(1));
		MvcTestResult ending = put("/api/v1/people/" + id + "/expiry", "{\"endsAt\":\"" + end + "\"}");
		assertJson(ending, 200);
		assertThat(Instant.parse(JsonPath.read(body(ending), "$.accessEndsAt"))).isEqualTo(end);

		this.clock.advance(Duration.ofMinutes(59));
		runTheExpiryJob();
		assertThat(sharesOf(name)).as("before the end").hasSize(1);
		this.clock.advance(Duration.ofMinutes(2));
		runTheExpiryJob();

		assertThat(sharesOf(name)).as("after the end").isEmpty();
		assertThat(get("/api/v1/people/" + id)).bodyJson().extractingPath("$.state").isEqualTo("EXPIRED");
	}

	@Test
	void revokesTheShareOfSomeoneListedBySync() {
		String name = newAccount();
		long id = withAccess(name);

		MvcTestResult revoked = post("/api/v1/people/" + id + "/revoke", null);

		assertJson(revoked, 200);
		assertThat(revoked).bodyJson().extractingPath("$.state").isEqualTo("REVOKED");
		assertThat(sharesOf(name)).isEmpty();
		assertProblem(post("/api/v1/people/" + id + "/revoke", null), 409, "conflict");
	}

	@Test
	void answersErrorsAsProblems() {
		MvcTestResult noKey = this.mvc.get().uri("/api/v1/people").exchange();
		assertProblem(noKey, 401, "unauthorized");
		assertProblem(get("/api/v1/people/999999"), 404, "not-found");
		assertProblem(get("/api/v1/requests/999999"), 404, "not-found");
		assertProblem(post("/api/v1/requests", "{\"identifier\":\" \"}"), 422, "validation");
		assertProblem(put("/api/v1/people/999999/profile", "{\"profileId\":999999}"), 422, "validation");
		assertProblem(post("/api/v1/links", "{\"label\":\"Own\",\"libraries\":{\"libraryIds\":[1]}}"), 422,
				"validation");
	}

	/**
	 * Someone invited through the API, who accepted on plex.tv and was listed by a sync;
	 * their id.
	 */
	private long withAccess(String name) {
		assertJson(post("/api/v1/requests", "{\"identifier\":\"" + name + "\",\"awaitApproval\":false}"), 201);
		runThePipeline();
		sim.acceptInvite(sharesOf(name).get(0).id());
		this.clock.advance(Duration.ofMinutes(2));
		this.people.syncNow();

		MvcTestResult listed = get("/api/v1/people?search=" + name);
		assertJson(listed, 200);
		assertThat(listed).bodyJson().extractingPath("$.total").isEqualTo(1);
		assertThat(listed).bodyJson().extractingPath("$.items[0].username").isEqualTo(name);
		assertThat(listed).bodyJson().extractingPath("$.items[0].state").isEqualTo("ACCEPTED");
		List<Number> libraries = JsonPath.read(body(listed), "$.items[0].libraryIds");
		assertThat(libraries).map(Number::longValue).containsExactly(movies.plexTvId());
		return ((Number) JsonPath.read(body(listed), "$.items[0].id")).longValue();
	}

	private long awaitingApproval(String name) {
		MvcTestResult created = post("/api/v1/requests", "{\"identifier\":\"" + name + "\",\"awaitApproval\":true}");
		assertJson(created, 201);
		assertThat(created).bodyJson().extractingPath("$.status").isEqualTo("AWAITING_APPROVAL");
		return ((Number) JsonPath.read(body(created), "$.id")).longValue();
	}

	private void runThePipeline() {
		runByHand("invitePipeline", "poll");
	}

	private void runTheExpiryJob() {
		runByHand("expiryJob", "runOnce");
	}

	/** A package-private job of another feature, as its own tests run it. */
	private void runByHand(String bean, String method) {
		Object job = AopTestUtils.getUltimateTargetObject(this.context.getBean(bean));
		ReflectionTestUtils.invokeMethod(job, method);
	}

	private static String newAccount() {
		String name = "apifriend" + names.incrementAndGet();
		sim.addAccount(name, name + "@example.com");
		return name;
	}

	private static List<SimShare> sharesOf(String username) {
		return sim.shares().stream().filter((share) -> username.equals(share.invitedUsername())).toList();
	}

	private static AccessProfile.Library library(SimLibrary library) {
		return new AccessProfile.Library(library.plexTvId(), library.title());
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).header("Authorization", "Bearer " + this.key).exchange();
	}

	private MvcTestResult post(String uri, String json) {
		var request = this.mvc.post().uri(uri).header("Authorization", "Bearer " + this.key);
		if (json != null) {
			request = request.contentType(MediaType.APPLICATION_JSON).content(json);
		}
		return request.exchange();
	}

	private MvcTestResult put(String uri, String json) {
		return this.mvc.put()
			.uri(uri)
			.header("Authorization", "Bearer " + this.key)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json)
			.exchange();
	}

	private static void assertJson(MvcTestResult result, int status) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_JSON);
	}

	private static void assertProblem(MvcTestResult result, int status, String type) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:plex-invite:problem:" + type);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status);
	}

	private static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Imported, not nested as a default configuration (Spring Framework 7.1 reads those).
	 */
	static class Config {

		@Bean
		@Primary
		MutableClock testClock() {
			return new MutableClock(Instant.parse("2026-05-01T10:00:00Z"));
		}

		/** The simulator lives as long as the context. */
		@Bean
		DisposableBean closeTheSimulator() {
			return sim::close;
		}

	}

}
