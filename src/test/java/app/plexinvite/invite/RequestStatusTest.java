package app.plexinvite.invite;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestStatusTest {

	@Test
	void everyStatusHasASentenceForTheOwnerAndWordsForTheInvitee() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(in);
		}
		for (RequestStatus status : RequestStatus.values()) {
			assertThat(status.meaning()).as(status.name()).endsWith(".");
			assertThat(messages).as(status.name())
				.containsKey(status.messageKey() + ".heading")
				.containsKey(status.messageKey() + ".text");
		}
	}

	@Test
	void onlyGrantedAndClosedRequestsAreFinal() {
		assertThat(RequestStatus.values()).filteredOn(RequestStatus::isFinal)
			.containsExactlyInAnyOrder(RequestStatus.SENT, RequestStatus.ALREADY_SHARED, RequestStatus.FAILED,
					RequestStatus.DENIED, RequestStatus.CANCELLED);
	}

}
