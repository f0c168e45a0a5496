package app.plexinvite.invite;

import java.util.List;

import org.springframework.stereotype.Component;

import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ProfileHolder;
import app.plexinvite.profiles.ProfileHolderSource;

/**
 * The requests that gave someone access with a profile (SENT or ALREADY_SHARED), so that
 * an edited profile can be pushed to them. A request with no profile recorded was shared
 * with the default one.
 */
@Component
class RequestHolders implements ProfileHolderSource {

	static final String SOURCE = "request";

	private final InviteRequests requests;

	private final AccessProfiles profiles;

	RequestHolders(InviteRequests requests, AccessProfiles profiles) {
		this.requests = requests;
		this.profiles = profiles;
	}

	@Override
	public List<ProfileHolder> holdersOf(long profileId) {
		long defaultId = this.profiles.defaultProfile().id();
		return this.requests.findGrantedWith(profileId, defaultId)
			.stream()
			.map((request) -> new ProfileHolder(SOURCE, request.id(), request.identifier(), request.plexShareId()))
			.toList();
	}

}
