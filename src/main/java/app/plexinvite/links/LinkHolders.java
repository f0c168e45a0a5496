package app.plexinvite.links;

import java.util.List;

import org.springframework.stereotype.Component;

import app.plexinvite.profiles.ProfileHolder;
import app.plexinvite.profiles.ProfileHolderSource;

/**
 * People who joined through a link and hold its profile on Plex (shared or accepted).
 * Those whose share id Plex did not tell are listed too, with no share id, so the preview
 * names them and the push counts them as skipped.
 */
@Component
class LinkHolders implements ProfileHolderSource {

	private final Redemptions redemptions;

	LinkHolders(Redemptions redemptions) {
		this.redemptions = redemptions;
	}

	@Override
	public List<ProfileHolder> holdersOf(long profileId) {
		return this.redemptions.findHolding(profileId)
			.stream()
			.map((r) -> new ProfileHolder("link", r.id(), (r.username() != null) ? r.username() : r.email(),
					r.plexShareId()))
			.toList();
	}

}
