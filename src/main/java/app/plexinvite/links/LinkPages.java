package app.plexinvite.links;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import app.plexinvite.onboarding.Onboarding;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexException;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;

/**
 * Finds a usable link for the invitee's pages and gathers what its page shows. The
 * owner's Plex Pass is asked of plex.tv at most every ten minutes.
 */
@Component
class LinkPages {

	static final Duration PLEX_PASS_KEPT = Duration.ofMinutes(10);

	static final Duration PLEX_PASS_UNKNOWN_KEPT = Duration.ofMinutes(1);

	private static final Logger log = LoggerFactory.getLogger(LinkPages.class);

	private final InviteLinks links;

	private final AccessProfiles profiles;

	private final PlexClient plex;

	private final Onboarding onboarding;

	private final Clock clock;

	private final AtomicReference<PlexPass> plexPass = new AtomicReference<>();

	LinkPages(InviteLinks links, AccessProfiles profiles, PlexClient plex, Onboarding onboarding,
			ObjectProvider<Clock> clock) {
		this.links = links;
		this.profiles = profiles;
		this.plex = plex;
		this.onboarding = onboarding;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** The link with this code if it can be used now; else 404 or the 410 page. */
	/** The link with this code in any state (a joined invitee may come back to it). */
	InviteLink known(String code) {
		return this.links.findByCode(code).orElseThrow(() -> InviteLinkNotFound.forCode(code));
	}

	/**
	 * The link to sign in with: active, or used up (someone who redeemed it before may
	 * sign in again to finish; {@link InviteLinks#reserve} refuses everyone else).
	 */
	InviteLink forSignIn(String code) {
		InviteLink link = known(code);
		LinkState state = link.state(this.clock.instant());
		if (state == LinkState.EXPIRED || state == LinkState.REVOKED) {
			throw LinkUnavailable.because(state);
		}
		return link;
	}

	InviteLink open(String code) {
		InviteLink link = this.links.findByCode(code).orElseThrow(() -> InviteLinkNotFound.forCode(code));
		LinkState state = link.state(this.clock.instant());
		if (state != LinkState.ACTIVE) {
			throw LinkUnavailable.because(state);
		}
		return link;
	}

	LinkView view(InviteLink link) {
		Optional<AccessProfile> profile = this.profiles.find(link.profileId());
		boolean all = profile.map(AccessProfile::allLibraries).orElse(false);
		List<String> libraries = profile.map((p) -> p.libraries().stream().map(AccessProfile.Library::title).toList())
			.orElse(List.of());
		return new LinkView(link.code(), this.plex.serverName(), link.message(), link.inviteeName(), all, libraries,
				ownerPlexPass(), this.onboarding.rules(), link.allowUsername());
	}

	String serverName() {
		return this.plex.serverName();
	}

	private Boolean ownerPlexPass() {
		Instant now = this.clock.instant();
		PlexPass known = this.plexPass.get();
		if (known != null && known.checkedAt().plus(known.kept()).isAfter(now)) {
			return known.active();
		}
		try {
			boolean active = this.plex.ownerHasPlexPass();
			this.plexPass.set(new PlexPass(active, now));
			return active;
		}
		catch (PlexException ex) {
			// Not asked again for a minute: an invitee's page must not wait on plex.tv.
			log.debug("Could not read the owner's Plex Pass: {}", ex.getMessage());
			this.plexPass.set(new PlexPass(null, now));
			return null;
		}
	}

	/** The owner's Plex Pass as last read; null active when plex.tv could not say. */
	private record PlexPass(Boolean active, Instant checkedAt) {

		Duration kept() {
			return (this.active != null) ? PLEX_PASS_KEPT : PLEX_PASS_UNKNOWN_KEPT;
		}

	}

}
