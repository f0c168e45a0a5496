package app.plexinvite.users;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.plex.LibrarySelection;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexLibrary;
import app.plexinvite.plex.ShareSettings;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ContentFilter;
import app.plexinvite.profiles.ProfileDraft;
import app.plexinvite.profiles.ProfileRefused;

/**
 * Changing what a holder's share grants (plex-protocol.md §9: v1 PUT for the libraries,
 * v2 POST for the settings; PPA updateFriend, WIZ update_shared_server): to a profile, or
 * to libraries and permissions of their own, kept as a hidden profile.
 */
@Component
class AccessChanges {

	/** ProfileDrafts.MAX_NAME. */
	private static final int MAX_PROFILE_NAME = 100;

	private final PersonChanges changes;

	private final PlexClient plex;

	private final AccessProfiles profiles;

	AccessChanges(PersonChanges changes, PlexClient plex, AccessProfiles profiles) {
		this.changes = changes;
		this.plex = plex;
		this.profiles = profiles;
	}

	ActionResult changeProfile(long id, long profileId) {
		return this.changes.attempt(() -> {
			Person person = this.changes.holder(id);
			long shareId = PersonChanges.shareId(person);
			AccessProfile profile = this.profiles.find(profileId)
				.orElseThrow(() -> new ActionRefused("people.result.unknown-profile", person.displayName()));
			if (!profile.configured()) {
				throw new ActionRefused("people.result.no-libraries", person.displayName());
			}
			return update(person, shareId, profile, "profile " + profile.name());
		});
	}

	ActionResult changeAccess(long id, AccessChoice choice) {
		return this.changes.attempt(() -> {
			Person person = this.changes.holder(id);
			long shareId = PersonChanges.shareId(person);
			if (!choice.allLibraries() && choice.libraryIds().isEmpty()) {
				throw new ActionRefused("people.result.no-libraries", person.displayName());
			}
			List<AccessProfile.Library> libraries = choice.allLibraries() ? List.of()
					: titled(person, choice, AuditAction.PERSON_ACCESS_CHANGED);
			ProfileDraft draft = new ProfileDraft(profileName(person), choice.allLibraries(), libraries,
					choice.allowSync(), choice.allowChannels(), choice.allowCameraUpload(), ContentFilter.none(),
					ContentFilter.none(), ContentFilter.none(), null);
			LibrarySelection selection = choice.allLibraries() ? LibrarySelection.all()
					: LibrarySelection.of(choice.libraryIds());
			ShareSettings settings = new ShareSettings(choice.allowSync(), choice.allowCameraUpload(),
					choice.allowChannels(), "", "", "");
			this.changes.onPlex(person, AuditAction.PERSON_ACCESS_CHANGED, () -> {
				this.plex.updateShare(shareId, selection, settings);
				return null;
			});
			AccessProfile own = this.profiles.createHidden(draft);
			return recorded(person, own, "own access: " + describe(selection, settings));
		});
	}

	private ActionResult update(Person person, long shareId, AccessProfile profile, String detail) {
		this.changes.onPlex(person, AuditAction.PERSON_ACCESS_CHANGED, () -> {
			this.plex.updateShare(shareId, profile.selection(), profile.shareSettings());
			return null;
		});
		return recorded(person, profile, detail);
	}

	private ActionResult recorded(Person person, AccessProfile profile, String detail) {
		LibrarySelection selection = profile.selection();
		Person saved = this.changes.savedAfterPlex(person,
				(current) -> current.withProfileId(profile.id())
					.withAllLibraries(selection.isAll())
					.withLibraryIds(selection.wireIds()),
				PersonEvent.Kind.ACCESS_CHANGED, detail);
		this.changes.audited(AuditAction.PERSON_ACCESS_CHANGED, saved, AuditOutcome.ok(detail));
		forgetOwnProfile(person.profileId(), profile.id());
		return ActionResult.done("people.result.access-changed", saved.displayName());
	}

	/**
	 * Their former profile of their own goes when nobody holds it any more (as a link's
	 * own profile does); one still used stays.
	 */
	private void forgetOwnProfile(Long former, long current) {
		if (former == null || former == current
				|| !this.profiles.find(former).map(AccessProfile::hidden).orElse(false)) {
			return;
		}
		try {
			this.profiles.delete(former);
		}
		catch (ProfileRefused ex) {
			// Someone else holds it still.
		}
	}

	/** The chosen libraries with the titles the server gives them now. */
	private List<AccessProfile.Library> titled(Person person, AccessChoice choice, AuditAction action) {
		Map<Long, String> titles = this.changes.onPlex(person, action, this.plex::libraries)
			.stream()
			.filter(PlexLibrary::shareable)
			.collect(Collectors.toMap(PlexLibrary::plexTvId, PlexLibrary::title, (first, second) -> first));
		return choice.libraryIds()
			.stream()
			.sorted()
			.map((libraryId) -> new AccessProfile.Library(libraryId,
					titles.getOrDefault(libraryId, "Library " + libraryId)))
			.toList();
	}

	private static String profileName(Person person) {
		String name = "Own access of " + person.displayName();
		return (name.length() <= MAX_PROFILE_NAME) ? name : name.substring(0, MAX_PROFILE_NAME);
	}

	private static String describe(LibrarySelection selection, ShareSettings settings) {
		String libraries = selection.isAll() ? "all libraries" : "libraries " + selection.wireIds();
		return libraries + ", downloads " + onOff(settings.allowSync()) + ", camera upload "
				+ onOff(settings.allowCameraUpload()) + ", live TV " + onOff(settings.allowChannels());
	}

	private static String onOff(boolean value) {
		return value ? "on" : "off";
	}

}
