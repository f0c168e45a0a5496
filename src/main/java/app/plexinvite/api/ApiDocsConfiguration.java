package app.plexinvite.api;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import jakarta.servlet.ServletContext;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document springdoc builds from the API's controllers
 * ({@code /api/openapi.json}, shown at {@code /api/docs}): the bearer key scheme on every
 * operation, the {@code Problem} schema (RFC 9457 with the {@code errors} list), and the
 * problem answers every operation may give, added here once instead of on each method.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

	static final String SCHEME = "apiKey";

	static final String PROBLEM = "Problem";

	@Bean
	OpenAPI plexInviteOpenApi(ServletContext servlets) {
		String base = servlets.getContextPath();
		return new OpenAPI()
			.info(new Info().title("Plex Invite API")
				.version("v1")
				.description("Requests, invite links, profiles, people, statistics and health of a Plex Invite "
						+ "server. Send an API key made at " + base + "/admin/api as `Authorization: Bearer pik_…` "
						+ "(or `X-Api-Key`). Errors are RFC 9457 problem details; each key is rate limited."))
			.components(
					new Components()
						.addSecuritySchemes(SCHEME,
								new SecurityScheme().type(SecurityScheme.Type.HTTP)
									.scheme("bearer")
									.description("An API key from " + base
											+ "/admin/api (pik_ followed by 43 letters and digits)"))
						.addSchemas(PROBLEM, problemSchema()))
			// Relative (the base path, BASE_PATH): never a server address built from the
			// request's headers.
			.servers(List.of(new Server().url(base.isEmpty() ? "/" : base).description("This Plex Invite")))
			.addSecurityItem(new SecurityRequirement().addList(SCHEME));
	}

	@Bean
	OpenApiCustomizer problemAnswers() {
		return (openApi) -> {
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			openApi.getPaths()
				.forEach((path, item) -> item.readOperationsMap()
					.forEach((method, operation) -> answers(path, method, operation)));
		};
	}

	/** The problems an operation may answer with, from its path, method and input. */
	private static void answers(String path, PathItem.HttpMethod method, Operation operation) {
		boolean byId = path.contains("{");
		boolean input = operation.getRequestBody() != null || (operation.getParameters() != null
				&& operation.getParameters().stream().anyMatch((parameter) -> "query".equals(parameter.getIn())));
		answer(operation, "401", "No key, or an unknown or revoked key");
		answer(operation, "429", "Too many calls with this key; see Retry-After");
		if (byId || input) {
			answer(operation, "400", "A parameter or the body cannot be read");
		}
		if (input) {
			answer(operation, "422", "Some fields are not valid; see errors");
		}
		if (byId) {
			answer(operation, "404", "No such id");
		}
		if (byId && method != PathItem.HttpMethod.GET) {
			answer(operation, "409", "Its state does not allow this");
		}
	}

	private static void answer(Operation operation, String status, String description) {
		if (!operation.getResponses().containsKey(status)) {
			operation.getResponses()
				.addApiResponse(status,
						new ApiResponse().description(description)
							.content(new Content().addMediaType(
									org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
									new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
		}
	}

	@SuppressWarnings("rawtypes")
	private static Schema problemSchema() {
		Schema error = new ObjectSchema().addProperty("field", new StringSchema())
			.addProperty("message", new StringSchema());
		Map<String, Schema> properties = Map.of("type",
				new StringSchema().description("urn:plex-invite:problem:<kind>; see the README"), "title",
				new StringSchema(), "status", new IntegerSchema(), "detail", new StringSchema(), "instance",
				new StringSchema(), "errors", new ArraySchema().items(error).description("Fields that are wrong"));
		Schema problem = new ObjectSchema().description("An RFC 9457 problem detail");
		properties.forEach(problem::addProperty);
		problem.setRequired(List.of("type", "title", "status"));
		return problem;
	}

}
