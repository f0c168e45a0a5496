package app.plexinvite.users;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexLibrary;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;

/**
 * What giving a holder libraries of their own needs from Plex first: the chosen libraries
 * checked and titled, and the content filters they have now.
 */
@Component
class OwnAccessInputs {

	private final OwnerPlexCalls calls;

	private final PlexClient plex;

	private final AccessProfiles profiles;

	OwnAccessInputs(OwnerPlexCalls calls, PlexClient plex, AccessProfiles profiles) {
		this.calls = calls;
		this.plex = plex;
		this.profiles = profiles;
	}

	/**
	 * The chosen libraries with the titles the server gives them now; an id the server
	 * does not share (unknown, or not a plex.tv section id: plex-protocol.md §4b) is
	 * refused before anything is sent.
	 */
	List<AccessProfile.Library> titled(Person person, AccessChoice choice) {
		Map<Long, String> titles = this.calls.onPlex(person, AuditAction.PERSON_ACCESS_CHANGED, this.plex::libraries)
			.stream()
			.filter(PlexLibrary::shareable)
			.collect(Collectors.toMap(PlexLibrary::plexTvId, PlexLibrary::title, (first, second) -> first));
		List<Long> unknown = choice.libraryIds()
			.stream()
			.filter((libraryId) -> !titles.containsKey(libraryId))
			.sorted()
			.toList();
		if (!unknown.isEmpty()) {
			throw new ActionRefused("people.result.unknown-library", person.displayName(), unknown.toString());
		}
		return choice.libraryIds()
			.stream()
			.sorted()
			.map((libraryId) -> new AccessProfile.Library(libraryId, titles.get(libraryId)))
			.toList();
	}

	/**
	 * Their profile's filters; for someone without one (imported), the filters plex.tv
	 * lists for their share (plex-protocol.md §7c v2 sharingSettings), none when it lists
	 * none.
	 */
	KeptFilters keptFilters(Person person, long shareId) {
		Optional<AccessProfile> profile = (person.profileId() != null) ? this.profiles.find(person.profileId())
				: Optional.empty();
		if (profile.isPresent()) {
			return KeptFilters.of(profile.get());
		}
		return this.calls.onPlex(person, AuditAction.PERSON_ACCESS_CHANGED, this.plex::serverShares)
			.shares()
			.stream()
			.filter((share) -> share.shareId() == shareId && share.settings() != null)
			.findFirst()
			.map((share) -> KeptFilters.of(share.settings()))
			.orElseGet(KeptFilters::none);
	}

}
