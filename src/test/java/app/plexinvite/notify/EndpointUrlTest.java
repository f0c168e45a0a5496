package app.plexinvite.notify;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which addresses an endpoint may have. */
class EndpointUrlTest {

	@Test
	void acceptsHttpAndHttpsAddressesWithAHost() {
		assertThat(EndpointUrl.problem(EndpointKind.GENERIC, "https://hooks.example.com/plex")).isEmpty();
		assertThat(EndpointUrl.problem(EndpointKind.GENERIC, "http://192.168.1.5:8080/in")).isEmpty();
		assertThat(EndpointUrl.problem(EndpointKind.NTFY, "https://ntfy.sh/my-topic")).isEmpty();
		assertThat(EndpointUrl.problem(EndpointKind.DISCORD, "https://discord.com/api/webhooks/1/abc")).isEmpty();
		assertThat(EndpointUrl.problem(EndpointKind.DISCORD, "https://discordapp.com/api/webhooks/1/abc")).isEmpty();
	}

	@Test
	void refusesOtherSchemesUserInfoFragmentsAndForeignDiscordHosts() {
		assertThat(EndpointUrl.problem(EndpointKind.GENERIC, "ftp://example.com/x"))
			.hasValue("webhooks.form.url.invalid");
		assertThat(EndpointUrl.problem(EndpointKind.GENERIC, "file:///etc/passwd"))
			.hasValue("webhooks.form.url.invalid");
		assertThat(EndpointUrl.problem(EndpointKind.GENERIC, "not a url")).hasValue("webhooks.form.url.invalid");
		assertThat(EndpointUrl.problem(EndpointKind.GENERIC, "https://user:pw@example.com/"))
			.hasValue("webhooks.form.url.userInfo");
		assertThat(EndpointUrl.problem(EndpointKind.GENERIC, "https://example.com/#x"))
			.hasValue("webhooks.form.url.fragment");
		assertThat(EndpointUrl.problem(EndpointKind.DISCORD, "https://evil.example/api/webhooks/1/abc"))
			.hasValue("webhooks.form.url.discord");
		assertThat(EndpointUrl.problem(EndpointKind.DISCORD, "http://discord.com/api/webhooks/1/abc"))
			.hasValue("webhooks.form.url.discord");
		assertThat(EndpointUrl.problem(EndpointKind.NTFY, "https://ntfy.sh/")).hasValue("webhooks.form.url.ntfyTopic");
	}

}
