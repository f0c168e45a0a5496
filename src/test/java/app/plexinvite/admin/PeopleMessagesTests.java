package app.plexinvite.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import app.plexinvite.users.PersonEvent;
import app.plexinvite.users.PersonOrigin;
import app.plexinvite.users.PersonQuery;
import app.plexinvite.users.PersonState;
import app.plexinvite.users.SyncStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every result the people feature may report, and every state, origin, event and filter
 * the people pages show, has its words (a missing key would show "??key??").
 */
class PeopleMessagesTests {

	/** The keys the people feature answers with (ISSUE5-PEOPLE.md, semantics). */
	private static final List<String> RESULTS = List.of("revoked", "invite-cancelled", "invite-resent",
			"access-given-again", "access-changed", "expiry-set", "expiry-cleared", "note-saved", "gone-undone",
			"not-found", "not-holding", "not-pending", "holds-share", "not-gone", "no-share-id", "plex-failed",
			"unknown-profile", "no-libraries", "expiry-in-past", "note-too-long", "changed-meanwhile", "expiry-too-far",
			"unknown-library", "gone-unconfirmed", "resend-failed", "unexpected");

	private static Properties messages() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = PeopleMessagesTests.class.getResourceAsStream("/messages.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return messages;
	}

	@Test
	void everyActionResultHasWords() throws IOException {
		Properties messages = messages();
		for (String result : RESULTS) {
			assertThat(messages).containsKey("people.result." + result);
		}
	}

	@Test
	void everyStateOriginEventFilterAndSyncOutcomeHasWords() throws IOException {
		Properties messages = messages();
		for (PersonState state : PersonState.values()) {
			assertThat(messages).containsKey("people.state." + state);
		}
		for (PersonOrigin origin : PersonOrigin.values()) {
			assertThat(messages).containsKey("people.origin." + origin);
		}
		for (PersonEvent.Kind kind : PersonEvent.Kind.values()) {
			assertThat(messages).containsKey("people.event." + kind);
		}
		for (PersonQuery.ExpiryFilter filter : PersonQuery.ExpiryFilter.values()) {
			assertThat(messages).containsKey("people.expiry." + filter);
		}
		for (PersonQuery.Sort sort : PersonQuery.Sort.values()) {
			assertThat(messages).containsKey("people.sort." + sort);
		}
		for (SyncStatus.SyncOutcome outcome : SyncStatus.SyncOutcome.values()) {
			if (outcome != SyncStatus.SyncOutcome.COMPLETE) {
				assertThat(messages).containsKey("people.sync.problem." + outcome);
			}
		}
	}

	@Test
	void everyConfirmationHasAHeadingATextAndAButton() throws IOException {
		Properties messages = messages();
		for (String step : List.of("revoke", "cancel-invite", "resend", "give-again", "undo-gone", "clear-expiry",
				"profile", "access", "expiry", "extend")) {
			assertThat(messages).containsKeys("people.confirm." + step + ".heading", "people.confirm." + step + ".text",
					"people.confirm." + step + ".submit");
		}
		for (PersonStep step : PersonStep.values()) {
			assertThat(messages).containsKey("people.confirm." + step.slug() + ".heading");
		}
	}

}
