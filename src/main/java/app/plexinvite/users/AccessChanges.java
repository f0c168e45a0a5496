package app.plexinvite.users;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.plex.LibrarySelection;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.ShareSettings;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
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

	private final OwnerPlexCalls calls;

	private final PlexClient plex;

	private final AccessProfiles profiles;

	private final OwnAccessInputs inputs;

	AccessChanges(PersonChanges changes, OwnerPlexCalls calls, PlexClient plex, AccessProfiles profiles,
			OwnAccessInputs inputs) {
		this.changes = changes;
		this.calls = calls;
		this.plex = plex;
		this.profiles = profiles;
		this.inputs = inputs;
	}

	ActionResult changeProfile(long id, long profileId) {
		return this.changes.attempt(id, () -> {
			Person person = this.changes.holder(id);
			long shareId = PersonChanges.shareId(person);
			AccessProfile profile = this.profiles.find(profileId)
				.orElseThrow(() -> new ActionRefused("people.result.unknown-profile", person.displayName()));
			if (!profile.configured()) {
				throw new ActionRefused("people.result.no-libraries", person.displayName());
			}
			this.calls.onPlex(person, AuditAction.PERSON_ACCESS_CHANGED, () -> {
				this.plex.updateShare(shareId, profile.selection(), profile.shareSettings());
				return null;
			});
			return recorded(person, shareId, profile, "profile " + profile.name());
		});
	}

	/**
	 * Their own libraries and permissions; the content filters they have now (their
	 * profile's, else Plex's for their share) are kept.
	 */
	ActionResult changeAccess(long id, AccessChoice choice) {
		return this.changes.attempt(id, () -> {
			Person person = this.changes.holder(id);
			long shareId = PersonChanges.shareId(person);
			if (!choice.allLibraries() && choice.libraryIds().isEmpty()) {
				throw new ActionRefused("people.result.no-libraries", person.displayName());
			}
			List<AccessProfile.Library> libraries = choice.allLibraries() ? List.of()
					: this.inputs.titled(person, choice);
			KeptFilters kept = this.inputs.keptFilters(person, shareId);
			ProfileDraft draft = new ProfileDraft(profileName(person), choice.allLibraries(), libraries,
					choice.allowSync(), choice.allowChannels(), choice.allowCameraUpload(), kept.movies(),
					kept.television(), kept.music(), null);
			LibrarySelection selection = choice.allLibraries() ? LibrarySelection.all()
					: LibrarySelection.of(choice.libraryIds());
			ShareSettings settings = kept.with(choice.allowSync(), choice.allowCameraUpload(), choice.allowChannels());
			this.calls.onPlex(person, AuditAction.PERSON_ACCESS_CHANGED, () -> {
				this.plex.updateShare(shareId, selection, settings);
				return null;
			});
			AccessProfile own = this.profiles.createHidden(draft);
			return recorded(person, shareId, own, "own access: " + describe(selection, settings));
		});
	}

	private ActionResult recorded(Person person, long shareId, AccessProfile profile, String detail) {
		LibrarySelection selection = profile.selection();
		Optional<Person> saved = this.changes.savedAfterPlex(person, PersonChanges.holding(shareId),
				(current) -> current.withProfileId(profile.id())
					.withAllLibraries(selection.isAll())
					.withLibraryIds(selection.wireIds()),
				PersonEvent.Kind.ACCESS_CHANGED, detail);
		if (saved.isEmpty()) {
			// Their share ended meanwhile: a profile made for it holds nobody.
			forgetOwnProfile(profile.id(), -1);
			return ActionResult.done("people.result.access-changed", person.displayName());
		}
		this.changes.audited(AuditAction.PERSON_ACCESS_CHANGED, saved.get(), AuditOutcome.ok(detail));
		forgetOwnProfile(person.profileId(), profile.id());
		return ActionResult.done("people.result.access-changed", person.displayName());
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
