package app.plexinvite.api;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditEvent;

import static org.assertj.core.api.Assertions.assertThat;

/** The requests endpoints: list, filter, one, create, approve, deny, retry. */
class RequestsApiTests extends ApiTest {

	@Test
	void makesARequestForSomeoneAndAuditsItWithTheKeysName() {
		String key = this.keys.create("Overseerr", "owner").secret();

		MvcTestResult created = post("/api/v1/requests", key, "{\"identifier\":\"api-made@example.com\"}");

		assertThat(created).hasStatus(201).hasContentType("application/json");
		long id = Long.parseLong(created.getResponse().getHeader("Location").replace("/api/v1/requests/", ""));
		assertThat(created).bodyJson().extractingPath("$.id").isEqualTo((int) id);
		assertThat(created).bodyJson().extractingPath("$.identifier").isEqualTo("api-made@example.com");
		assertThat(created).bodyJson().extractingPath("$.status").isEqualTo("QUEUED");
		AuditEvent audited = lastAudited(AuditAction.REQUEST_CREATED);
		assertThat(audited.actor().name()).isEqualTo("API key Overseerr");
		assertThat(audited.target()).contains("request #" + id);

		assertThat(get("/api/v1/requests/" + id, key)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.identifier")
			.isEqualTo("api-made@example.com");
	}

	@Test
	void refusesASecondRequestForTheSameAccountWithAConflict() {
		String key = key();
		assertThat(post("/api/v1/requests", key, "{\"identifier\":\"twice-asked\"}")).hasStatus(201);

		MvcTestResult again = post("/api/v1/requests", key, "{\"identifier\":\"TWICE-asked\"}");

		assertProblem(again, 409, "conflict");
		assertThat(again).bodyJson().extractingPath("$.detail").asString().contains("open already");
	}

	@Test
	void listsTheFieldsThatAreWrong() {
		String key = key();

		MvcTestResult blank = post("/api/v1/requests", key, "{\"identifier\":\" \"}");
		assertProblem(blank, 422, "validation");
		assertThat(blank).bodyJson().extractingPath("$.errors[0].field").isEqualTo("identifier");
		assertThat(blank).bodyJson().extractingPath("$.errors[0].message").isEqualTo("is required");

		MvcTestResult spaces = post("/api/v1/requests", key, "{\"identifier\":\"two words\"}");
		assertProblem(spaces, 422, "validation");
		assertThat(spaces).bodyJson().extractingPath("$.errors[0].field").isEqualTo("identifier");
		assertThat(spaces).bodyJson().extractingPath("$.errors[0].message").asString().contains("Plex username");

		MvcTestResult profile = post("/api/v1/requests", key, "{\"identifier\":\"someone\",\"profileId\":999}");
		assertProblem(profile, 422, "validation");
		assertThat(profile).bodyJson().extractingPath("$.errors[0].field").isEqualTo("profileId");
	}

	@Test
	void answersBadJsonWrongTypesMediaTypesAndMethodsWithProblems() {
		String key = key();

		assertProblem(post("/api/v1/requests", key, "{\"identifier\":"), 400, "bad-request");
		MvcTestResult wrongType = post("/api/v1/requests", key, "{\"identifier\":\"x\",\"profileId\":\"abc\"}");
		assertProblem(wrongType, 400, "bad-request");
		assertThat(wrongType).bodyJson().extractingPath("$.errors[0].field").isEqualTo("profileId");
		assertProblem(this.mvc.post()
			.uri("/api/v1/requests")
			.header("Authorization", "Bearer " + key)
			.contentType("text/plain")
			.content("identifier=x")
			.exchange(), 415, "unsupported-media-type");
		MvcTestResult delete = this.mvc.delete().uri("/api/v1/requests").header("X-Api-Key", key).exchange();
		assertProblem(delete, 405, "method-not-allowed");
		assertThat(delete).headers().containsHeader("Allow");
		MvcTestResult badId = get("/api/v1/requests/abc", key);
		assertProblem(badId, 400, "bad-request");
		assertThat(badId).bodyJson().extractingPath("$.errors[0].field").isEqualTo("id");
		assertProblem(get("/api/v1/nothing-here", key), 404, "not-found");
		assertProblem(get("/api/v1/requests?limit=1000", key), 422, "validation");
	}

	@Test
	void answersAnUnknownRequestWithNotFound() {
		String key = key();

		MvcTestResult missing = get("/api/v1/requests/999999", key);

		assertProblem(missing, 404, "not-found");
		assertThat(missing).bodyJson().extractingPath("$.instance").isEqualTo("/api/v1/requests/999999");
		assertProblem(post("/api/v1/requests/999999/approve", key, null), 404, "not-found");
		assertProblem(post("/api/v1/requests/999999/deny", key, null), 404, "not-found");
		assertProblem(post("/api/v1/requests/999999/retry", key, null), 404, "not-found");
	}

	@Test
	void approvesAndDeniesRequestsThatAwaitApprovalButNothingElse() {
		String key = key();
		long approved = create(key, "wait-for-yes");
		long denied = create(key, "wait-for-no");

		assertThat(post("/api/v1/requests/" + approved + "/approve", key, null)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("QUEUED");
		MvcTestResult no = post("/api/v1/requests/" + denied + "/deny", key, "{\"reason\":\"Not this time\"}");
		assertThat(no).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("DENIED");
		assertThat(no).bodyJson().extractingPath("$.denyReason").isEqualTo("Not this time");
		assertThat(lastAudited(AuditAction.REQUEST_DENIED).actor().name()).isEqualTo("API key test key");

		MvcTestResult conflict = post("/api/v1/requests/" + denied + "/approve", key, null);
		assertProblem(conflict, 409, "conflict");
		assertThat(conflict).bodyJson().extractingPath("$.detail").asString().contains("DENIED");
		assertThat(lastAudited(AuditAction.REQUEST_APPROVED).outcome().succeeded()).isFalse();
		assertProblem(post("/api/v1/requests/" + denied + "/deny", key, "{\"reason\":\"" + "x".repeat(501) + "\"}"),
				422, "validation");
	}

	@Test
	void retriesAFailedRequestOnly() {
		String key = key();
		long failed = create(key, "failed-before");
		this.jdbc.sql("UPDATE invite_request SET status = 'FAILED' WHERE id = :id").param("id", failed).update();

		assertThat(post("/api/v1/requests/" + failed + "/retry", key, null)).hasStatusOk()
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo("QUEUED");
		assertProblem(post("/api/v1/requests/" + failed + "/retry", key, null), 409, "conflict");
		assertThat(lastAudited(AuditAction.REQUEST_RETRIED).outcome().succeeded()).isFalse();
	}

	@Test
	void filtersByStatusAndSearchAndPagesWithACursor() {
		String key = key();
		long first = create(key, "pager-one");
		long second = create(key, "pager-two");
		long third = create(key, "pager-three");

		MvcTestResult page = get("/api/v1/requests?status=AWAITING_APPROVAL&search=pager-&limit=2", key);

		assertThat(page).hasStatusOk()
			.bodyJson()
			.extractingPath("$.items[*].id")
			.isEqualTo(java.util.List.of((int) third, (int) second));
		assertThat(page).bodyJson().extractingPath("$.nextBefore").isEqualTo((int) second);
		assertThat(get("/api/v1/requests?status=AWAITING_APPROVAL&search=pager-&limit=2&before=" + second, key))
			.bodyJson()
			.extractingPath("$.items[*].id")
			.isEqualTo(java.util.List.of((int) first));
		assertThat(get("/api/v1/requests?status=DENIED&search=pager-", key)).bodyJson()
			.extractingPath("$.items")
			.asArray()
			.isEmpty();
		assertProblem(get("/api/v1/requests?status=NOPE", key), 400, "bad-request");
	}

	/** A request that waits for approval, made through the API. */
	private long create(String key, String identifier) {
		MvcTestResult created = post("/api/v1/requests", key,
				"{\"identifier\":\"" + identifier + "\",\"awaitApproval\":true}");
		assertThat(created).hasStatus(201).bodyJson().extractingPath("$.status").isEqualTo("AWAITING_APPROVAL");
		return Long.parseLong(created.getResponse().getHeader("Location").replace("/api/v1/requests/", ""));
	}

	static void assertProblem(MvcTestResult result, int status, String type) {
		assertThat(result).hasStatus(status).hasContentType("application/problem+json");
		assertThat(result).bodyJson().extractingPath("$.type").isEqualTo("urn:plex-invite:problem:" + type);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status);
		assertThat(result).bodyJson().extractingPath("$.detail").asString().isNotBlank().doesNotContain("Exception");
	}

}
