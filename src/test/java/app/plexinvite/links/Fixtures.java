package app.plexinvite.links;

import java.time.Instant;
import java.util.List;

import app.plexinvite.plexsim.SimLibrary;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.ContentFilter;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * Links and profiles for the join tests. {@link InviteLink#state} belongs to the links
 * feature, so the link is a stub that answers the state it is given.
 */
final class Fixtures {

	static final long PROFILE_ID = 7;

	private Fixtures() {
	}

	static InviteLink link(long id, String code, LinkState state, boolean approval, boolean allowUsername) {
		InviteLink link = mock(InviteLink.class);
		given(link.id()).willReturn(id);
		given(link.code()).willReturn(code);
		given(link.label()).willReturn("Family");
		given(link.message()).willReturn("Movie night every Friday!");
		given(link.inviteeName()).willReturn("Sam");
		given(link.profileId()).willReturn(PROFILE_ID);
		given(link.approvalRequired()).willReturn(approval);
		given(link.allowUsername()).willReturn(allowUsername);
		given(link.createdAt()).willReturn(Instant.parse("2026-04-01T10:00:00Z"));
		given(link.state(any())).willReturn(state);
		return link;
	}

	static AccessProfile profile(Integer accessDays, SimLibrary... libraries) {
		List<AccessProfile.Library> chosen = java.util.Arrays.stream(libraries)
			.map((library) -> new AccessProfile.Library(library.plexTvId(), library.title()))
			.toList();
		return new AccessProfile(PROFILE_ID, "Friends", false, chosen, true, false, false, ContentFilter.none(),
				ContentFilter.none(), ContentFilter.none(), accessDays, false, false);
	}

}
