package app.plexinvite.api;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The REST API's documentation page: our own page around Swagger UI (served from its
 * WebJar), so it passes the accessibility checks and the strict Content-Security-Policy
 * like every other page. springdoc only generates the OpenAPI document it shows.
 */
@Controller
class ApiDocsController {

	static final String PATH = "/api/docs";

	@GetMapping(PATH)
	String docs() {
		return "api/docs";
	}

}
