package app.plexinvite.setup;

import org.junit.jupiter.api.Test;

import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexCredentialStatus;
import app.plexinvite.security.OwnerAccounts;
import app.plexinvite.security.SetupCodes;

import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * The start-up step: a new set-up code while set-up has work; once it has none, the codes
 * printed by earlier starts (of any instance) stop working.
 */
class FirstRunSetupStartTest {

	private final OwnerAccounts owners = mock(OwnerAccounts.class);

	private final PlexClient plex = mock(PlexClient.class);

	private final SetupCodes codes = mock(SetupCodes.class);

	private final FirstRunSetup setup = new FirstRunSetup(this.owners, this.plex, this.codes);

	@Test
	void printsANewCodeWhileSetUpHasWork() {
		given(this.owners.exists()).willReturn(true);
		given(this.plex.credentialStatus()).willReturn(new PlexCredentialStatus(false, false, false, null));

		this.setup.announce();

		then(this.codes).should().issue();
		then(this.codes).should(never()).retire();
	}

	@Test
	void removesEveryEarlierCodeWhenSetUpIsComplete() {
		given(this.owners.exists()).willReturn(true);
		given(this.plex.credentialStatus()).willReturn(new PlexCredentialStatus(true, true, true, "Living Room"));

		this.setup.announce();

		then(this.codes).should().retire();
		then(this.codes).should(never()).issue();
	}

}
