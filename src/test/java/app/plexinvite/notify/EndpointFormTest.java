package app.plexinvite.notify;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The endpoint form and its draft as values. */
class EndpointFormTest {

	@Test
	void neverPrintsTheTokenOrTheAddressThatMayHoldOne() {
		EndpointForm form = new EndpointForm("Phone", EndpointKind.NTFY, "https://ntfy.sh/secret-topic-name",
				List.of(EventType.INVITE_SENT), "tk_secret_token", false);

		assertThat(form.toString()).doesNotContain("tk_secret_token", "secret-topic-name").contains("Phone");
		assertThat(form.draft().toString()).doesNotContain("tk_secret_token", "secret-topic-name").contains("Phone");
	}

}
