package app.plexinvite.plexsim;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The error bodies plex.tv and PMS really send (plex-protocol.md §0.5 unless noted). */
final class PlexErrors {

	static final String RAILS_404 = """
			<!DOCTYPE html>
			<html>
			<head>
			  <title>The page you were looking for doesn't exist (404)</title>
			  <meta name="viewport" content="width=device-width,initial-scale=1">
			</head>
			<body>
			  <div class="dialog">
			    <div>
			      <h1>The page you were looking for doesn't exist.</h1>
			      <p>You may have mistyped the address or the page may have moved.</p>
			    </div>
			  </div>
			</body>
			</html>
			""";

	static final String PMS_401 = "<html><head><title>Unauthorized</title></head><body><h1>401 Unauthorized</h1></body></html>";

	static final String PMS_404 = "<html><head><title>Not Found</title></head><body><h1>404 Not Found</h1></body></html>";

	// Unverified: plex.tv sits behind nginx; the exact outage page is not captured in any
	// source.
	static final String UNAVAILABLE = "<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n"
			+ "<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>\r\n"
			+ "</body>\r\n</html>\r\n";

	// Unverified wording: the standard Rails 500 page.
	static final String RAILS_500 = "<!DOCTYPE html>\n<html>\n<head>\n  <title>We're sorry, but something went wrong (500)</title>\n"
			+ "</head>\n<body>\n  <h1>We're sorry, but something went wrong.</h1>\n</body>\n</html>\n";

	private PlexErrors() {
	}

	/**
	 * v2 envelope: XML by default, JSON on Accept (plex-protocol.md §0.5, code table).
	 */
	static Answer v2(Call call, int status, int code, String message) {
		if (call.wantsJson()) {
			Map<String, Object> error = new LinkedHashMap<>();
			error.put("code", code);
			error.put("message", message);
			error.put("status", status);
			return Answer.json(status, Map.of("errors", List.of(error)));
		}
		Xml error = Xml.element("error").attr("code", code).attr("message", message).attr("status", status);
		return Answer.xml(status, Xml.element("errors").child(error).document());
	}

	static Answer clientIdentifierMissing(Call call) {
		return v2(call, 400, 1000, "X-Plex-Client-Identifier is missing");
	}

	static Answer unauthenticated(Call call) {
		return v2(call, 401, 1001, "User could not be authenticated");
	}

	static Answer notFound(Call call) {
		return v2(call, 404, 1002, "The requested resource or endpoint could not be found");
	}

	static Answer malformed(Call call) {
		return v2(call, 400, 1004,
				"The request was malformed, missed a required parameter or contained invalid values for them");
	}

	static Answer methodNotAllowed(Call call) {
		return v2(call, 405, 1005, "The request method is not allowed for this endpoint");
	}

	static Answer unprocessable(Call call) {
		return v2(call, 422, 1008, "The server could not perform the action required with the entity provided");
	}

	/** plex-protocol.md §11: 429 code 1003. */
	static Answer rateLimited(Call call) {
		return v2(call, 429, 1003, "API rate limit exceeded");
	}

	/**
	 * plex-protocol.md §1a: a deauthorized token answers 422 (python-plexapi PR #1138).
	 */
	static Answer invalidToken() {
		return Answer.xml(422, Xml.element("errors").child(Xml.element("error").text("Invalid token")).document());
	}

	/**
	 * plex-protocol.md §5b/§12.6: the only capture of "already shared" on v2 (POPEDIA).
	 */
	static Answer alreadySharedV2() {
		Xml error = Xml.element("error").attr("code", 1999).attr("field", "base").attr("status", 400);
		return Answer.xml(422, Xml.element("errors").child(error).document());
	}

	/** v1 {@code <Response code status/>} (OMBI AddUserError; GOPLEX resultResponse). */
	static Answer v1(int status, String text) {
		return Answer.xml(status, Xml.element("Response").attr("code", status).attr("status", text).document());
	}

	/** plex-protocol.md §0.6. */
	static Answer gone() {
		return v1(410, "This endpoint was deprecated and removed");
	}

	/** plex-protocol.md §0.5: unrouted v1 path (blacktwin/JBOPS #226). */
	static Answer railsNotFound() {
		return Answer.html(404, RAILS_404);
	}

	/** plex-protocol.md §0.5: 404 under /api/servers (blacktwin/JBOPS #341). */
	static Answer v1NotFound() {
		return Answer.xml(404, Xml.element("errors").child(Xml.element("error").text("Not found")).document());
	}

	static Answer unavailable() {
		return Answer.html(503, UNAVAILABLE);
	}

	/** The body plex.tv would send with a status, for {@link SimFaults#failNext}. */
	static Answer plexTvStatus(Call call, int status) {
		return switch (status) {
			case 400 -> call.isV2() ? malformed(call) : v1(400, "Bad Request");
			case 401 -> unauthenticated(call);
			case 404 -> call.isV2() ? notFound(call) : railsNotFound();
			case 405 -> methodNotAllowed(call);
			case 410 -> gone();
			case 422 -> invalidToken();
			case 429 -> rateLimited(call);
			case 500 -> Answer.html(500, RAILS_500);
			case 502, 503,
					504 ->
				Answer
					.html(status,
							UNAVAILABLE.replace("503 Service Temporarily Unavailable", status + " " + ((status == 502)
									? "Bad Gateway"
									: (status == 504) ? "Gateway Time-out" : "Service Temporarily Unavailable")));
			default -> call.isV2() ? v2(call, status, 1999, "None") : v1(status, "Error");
		};
	}

	/** The body a PMS would send with a status, for {@link SimFaults#failNext}. */
	static Answer pmsStatus(int status) {
		return switch (status) {
			case 401 -> Answer.html(401, PMS_401);
			case 404 -> Answer.html(404, PMS_404);
			default -> Answer.html(status,
					"<html><head><title>" + status + "</title></head><body><h1>" + status + "</h1></body></html>");
		};
	}

}
