package app.plexinvite.profiles;

import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexException;

/**
 * Updates holders' shares to a profile, one call after the other (the client's own
 * back-off handles a 429), collecting failures by name instead of stopping at the first.
 */
@Component
class ProfilePush {

	private static final Logger log = LoggerFactory.getLogger(ProfilePush.class);

	private final PlexClient plex;

	ProfilePush(PlexClient plex) {
		this.plex = plex;
	}

	PushResult push(AccessProfile profile, List<ProfileHolder> holders) {
		int updated = 0;
		int skipped = 0;
		List<String> failed = new ArrayList<>();
		for (ProfileHolder holder : holders) {
			if (holder.plexShareId() == null) {
				skipped++;
				continue;
			}
			try {
				// plex-protocol.md §9 (WIZ update_shared_server): libraries, settings,
				// filters.
				this.plex.updateShare(holder.plexShareId(), profile.selection(), profile.shareSettings());
				updated++;
			}
			catch (PlexException ex) {
				log.warn("Profile {}: the share of {} {} was not updated: {}", profile.id(), holder.source(),
						holder.recordId(), ex.getMessage());
				failed.add(holder.name());
			}
		}
		return new PushResult(updated, skipped, List.copyOf(failed));
	}

}
