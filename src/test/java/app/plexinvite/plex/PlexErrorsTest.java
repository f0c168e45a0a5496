package app.plexinvite.plex;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlexErrorsTest {

	@Test
	void extractsTheMessageFromEveryPlexErrorEnvelope() {
		assertThat(PlexErrors
			.plexMessage("{\"errors\":[{\"code\":1003,\"message\":\"API rate limit exceeded\",\"status\":429}]}"))
			.isEqualTo("API rate limit exceeded");
		assertThat(PlexErrors.plexMessage(
				"<errors>\n<error code=\"1001\" message=\"User could not be authenticated\" status=\"401\"/>\n</errors>"))
			.isEqualTo("User could not be authenticated");
		assertThat(PlexErrors.plexMessage("<?xml version=\"1.0\"?> <errors> <error>Invalid token</error> </errors>"))
			.isEqualTo("Invalid token");
		assertThat(PlexErrors.plexMessage(
				"<Response code=\"400\" status=\"You're already sharing this server with bob. Please edit your existing share.\"/>"))
			.startsWith("You're already sharing");
		assertThat(PlexErrors.plexMessage(
				"<html><head><title>Unauthorized</title></head><body><h1>401 Unauthorized</h1><br></body></html>"))
			.isNotEqualTo("400");
	}

	@Test
	void mapsStatusesAndMessagesToReasons() {
		assertThat(PlexErrors.reasonFor(401, null)).isEqualTo(PlexException.Reason.TOKEN_REJECTED);
		assertThat(PlexErrors.reasonFor(422, "Invalid token")).isEqualTo(PlexException.Reason.TOKEN_REJECTED);
		assertThat(PlexErrors.reasonFor(422, "Already Exists")).isEqualTo(PlexException.Reason.PLEX_ERROR);
		assertThat(PlexErrors.reasonFor(429, null)).isEqualTo(PlexException.Reason.RATE_LIMITED);
		assertThat(PlexErrors.reasonFor(400, "You're already sharing this server with bob."))
			.isEqualTo(PlexException.Reason.ALREADY_SHARED);
		assertThat(PlexErrors.reasonFor(500, null)).isEqualTo(PlexException.Reason.PLEX_ERROR);
	}

	@Test
	void keepsStatusAndPlexMessageOnTheException() {
		PlexException ex = PlexErrors.fromAnswer("GET plex.tv/api/v2/user", 401,
				"<errors><error code=\"1001\" message=\"User could not be authenticated\" status=\"401\"/></errors>");

		assertThat(ex.reason()).isEqualTo(PlexException.Reason.TOKEN_REJECTED);
		assertThat(ex.httpStatus()).contains(401);
		assertThat(ex.plexMessage()).contains("User could not be authenticated");
		assertThat(ex.getMessage()).contains("401").contains("User could not be authenticated");
	}

	@Test
	void everyReasonHasASentenceAndAMessageKey() {
		for (PlexException.Reason reason : PlexException.Reason.values()) {
			assertThat(reason.description()).endsWith(".");
			assertThat(reason.messageKey()).matches("plex\\.error\\.[a-z-]+");
		}
	}

}
