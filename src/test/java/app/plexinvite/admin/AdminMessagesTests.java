package app.plexinvite.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import app.plexinvite.invite.RequestStatus;
import app.plexinvite.plex.PlexException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every state and reason the owner's pages can show has its words (a missing key would
 * show "??key??").
 */
class AdminMessagesTests {

	private static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = AdminMessagesTests.class.getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages;
	}

	@Test
	void everyRequestStatusHasALabel() throws IOException {
		Properties messages = messages();
		for (RequestStatus status : RequestStatus.values()) {
			assertThat(messages).containsKey("admin.status." + status.name());
		}
	}

	@Test
	void everyPlexFailureHasAReasonForTheRequestListAndAnExplanationWithTheNextStep() throws IOException {
		Properties messages = messages();
		for (PlexException.Reason reason : PlexException.Reason.values()) {
			assertThat(messages).containsKey("admin.requests.reason." + reason.name()).containsKey(reason.messageKey());
		}
		assertThat(messages).containsKey("admin.requests.reason.INTERRUPTED");
	}

}
