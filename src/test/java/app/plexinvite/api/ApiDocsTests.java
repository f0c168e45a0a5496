package app.plexinvite.api;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document generated from the controllers, and the docs page that shows it
 * under the owner's pages' strict Content-Security-Policy.
 */
class ApiDocsTests extends ApiTest {

	/** Every endpoint of the API, path and methods. */
	static final Map<String, List<String>> ENDPOINTS = Map.ofEntries(
			Map.entry("/api/v1/requests", List.of("get", "post")), Map.entry("/api/v1/requests/{id}", List.of("get")),
			Map.entry("/api/v1/requests/{id}/approve", List.of("post")),
			Map.entry("/api/v1/requests/{id}/deny", List.of("post")),
			Map.entry("/api/v1/requests/{id}/retry", List.of("post")),
			Map.entry("/api/v1/links", List.of("get", "post")), Map.entry("/api/v1/links/{id}", List.of("get")),
			Map.entry("/api/v1/links/{id}/revoke", List.of("post")), Map.entry("/api/v1/profiles", List.of("get")),
			Map.entry("/api/v1/people", List.of("get")), Map.entry("/api/v1/people/{id}", List.of("get")),
			Map.entry("/api/v1/people/{id}/revoke", List.of("post")),
			Map.entry("/api/v1/people/{id}/profile", List.of("put")),
			Map.entry("/api/v1/people/{id}/expiry", List.of("put")), Map.entry("/api/v1/statistics", List.of("get")),
			Map.entry("/api/v1/health", List.of("get")));

	@Test
	void documentsEveryEndpointAndNothingElse() {
		MvcTestResult result = this.mvc.get().uri("/api/openapi.json").exchange();

		assertThat(result).hasStatusOk();
		String document = LinksApiTests.contentOf(result);
		Map<String, Map<String, Object>> paths = JsonPath.read(document, "$.paths");
		assertThat(paths.keySet()).containsExactlyInAnyOrderElementsOf(ENDPOINTS.keySet());
		ENDPOINTS.forEach((path,
				methods) -> assertThat(paths.get(path).keySet()).as(path).containsAll(methods).hasSameSizeAs(methods));
		assertThat((String) JsonPath.read(document, "$.openapi")).startsWith("3.");
		assertThat((List<String>) JsonPath.read(document, "$.servers[*].url")).containsExactly("/");
	}

	@Test
	void declaresTheBearerKeyOnEveryOperation() {
		String document = LinksApiTests.contentOf(this.mvc.get().uri("/api/openapi.json").exchange());

		assertThat((String) JsonPath.read(document, "$.components.securitySchemes.apiKey.type")).isEqualTo("http");
		assertThat((String) JsonPath.read(document, "$.components.securitySchemes.apiKey.scheme")).isEqualTo("bearer");
		assertThat((List<String>) JsonPath.read(document, "$.security[*].apiKey")).hasSize(1);
	}

	@Test
	void describesProblemsAndTheAnswersThatUseThem() {
		String document = LinksApiTests.contentOf(this.mvc.get().uri("/api/openapi.json").exchange());

		Map<String, Object> problem = JsonPath.read(document, "$.components.schemas.Problem.properties");
		assertThat(problem).containsKeys("type", "title", "status", "detail", "instance", "errors");
		assertThat((String) JsonPath.read(document,
				"$.paths['/api/v1/requests'].post.responses['422'].content['application/problem+json'].schema.$ref"))
			.isEqualTo("#/components/schemas/Problem");
		assertThat((Map<String, Object>) JsonPath.read(document, "$.paths['/api/v1/health'].get.responses"))
			.containsKeys("200", "401", "429");
		assertThat((Map<String, Object>) JsonPath.read(document,
				"$.paths['/api/v1/requests/{id}/approve'].post.responses"))
			.containsKeys("200", "401", "404", "409", "429");
		assertThat((Map<String, Object>) JsonPath.read(document, "$.paths['/api/v1/links'].post.responses"))
			.containsKeys("201", "400", "401", "422", "429");
		assertThat((String) JsonPath.read(document,
				"$.paths['/api/v1/links'].post.requestBody.content['application/json'].schema.$ref"))
			.isEqualTo("#/components/schemas/NewLink");
		assertThat((String) JsonPath.read(document,
				"$.paths['/api/v1/requests'].post.requestBody.content['application/json'].schema.$ref"))
			.isEqualTo("#/components/schemas/NewRequest");
	}

	@Test
	void showsTheDocsPageUnderTheSameStrictPolicyAsEveryPage() {
		String policy = this.mvc.get().uri("/").exchange().getResponse().getHeader("Content-Security-Policy");
		assertThat(policy).contains("script-src 'self'");

		MvcTestResult page = this.mvc.get().uri("/api/docs").exchange();
		assertThat(page).hasStatusOk();
		assertThat(page).headers().hasValue("Content-Security-Policy", policy);
		assertThat(LinksApiTests.contentOf(page))
			.containsPattern("<script src=\"/webjars/swagger-ui/[\\d.]+/swagger-ui-bundle.js\"></script>")
			.contains("<script src=\"/js/api-docs.js\"></script>", "data-url=\"/api/openapi.json\"")
			.doesNotContain("<script>", "style=");
		assertThat(this.mvc.get().uri("/webjars/swagger-ui/swagger-ui-bundle.js").exchange()).hasStatusOk();
		assertThat(this.mvc.get().uri("/js/api-docs.js").exchange()).hasStatusOk()
			.bodyText()
			.contains("BaseLayout")
			.doesNotContain("petstore");
	}

}
