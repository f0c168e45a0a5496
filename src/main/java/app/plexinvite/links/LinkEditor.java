package app.plexinvite.links;

import java.time.Instant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ProfileDraft;
import app.plexinvite.profiles.ProfileRefused;

/**
 * Creates and edits links from the owner's drafts. A link shares with one of the owner's
 * profiles, or with explicit libraries and flags kept in a hidden profile of its own.
 */
@Component
class LinkEditor {

	private static final int RANDOM_TRIES = 3;

	private final Links links;

	private final AccessProfiles profiles;

	LinkEditor(Links links, AccessProfiles profiles) {
		this.links = links;
		this.profiles = profiles;
	}

	InviteLink create(LinkDraft draft, Instant now) {
		check(draft, null, now);
		boolean custom = draft.customCode() != null && !draft.customCode().isBlank();
		String code = custom ? draft.customCode().strip() : LinkCodes.random();
		if (custom) {
			String problem = LinkCodes.problemWith(code);
			if (problem != null) {
				throw new LinkProblem("customCode", problem);
			}
			if (this.links.codeTaken(code)) {
				throw new LinkProblem("customCode", "admin.links.code.taken");
			}
		}
		long profileId = (draft.profileId() != null) ? draft.profileId()
				: this.profiles.createHidden(named(draft.libraries(), code)).id();
		for (int attempt = 1;; attempt++) {
			InviteLink link = new InviteLink(0, code, custom, draft.label().strip(), blankToNull(draft.message()),
					blankToNull(draft.inviteeName()), draft.expiresAt(), draft.maxUses(), 0, profileId,
					draft.approvalRequired(), draft.allowUsername(), null, now);
			try {
				return this.links.find(this.links.insert(link)).orElseThrow();
			}
			catch (DuplicateKeyException ex) {
				if (custom) {
					if (draft.profileId() == null) {
						forget(profileId);
					}
					throw new LinkProblem("customCode", "admin.links.code.taken");
				}
				if (attempt == RANDOM_TRIES) {
					throw ex;
				}
				code = LinkCodes.random();
			}
		}
	}

	InviteLink update(InviteLink link, LinkDraft draft, Instant now) {
		check(draft, link, now);
		boolean ownProfile = this.profiles.find(link.profileId()).map(AccessProfile::hidden).orElse(false);
		long profileId;
		if (draft.profileId() != null) {
			profileId = draft.profileId();
		}
		else if (ownProfile) {
			profileId = this.profiles.update(link.profileId(), named(draft.libraries(), link.code())).id();
		}
		else {
			profileId = this.profiles.createHidden(named(draft.libraries(), link.code())).id();
		}
		InviteLink edited = new InviteLink(link.id(), link.code(), link.customCode(), draft.label().strip(),
				blankToNull(draft.message()), blankToNull(draft.inviteeName()), draft.expiresAt(), draft.maxUses(),
				link.uses(), profileId, draft.approvalRequired(), draft.allowUsername(), link.revokedAt(),
				link.createdAt());
		if (!this.links.update(edited, now)) {
			throw new IllegalStateException("Link " + link.id() + " was deleted meanwhile");
		}
		if (ownProfile && profileId != link.profileId()) {
			forget(link.profileId());
		}
		return this.links.find(link.id()).orElseThrow();
	}

	/**
	 * Deletes a link's own hidden profile it no longer uses, unless people who joined
	 * with it still hold it (a later profile push must reach them).
	 */
	private void forget(long hiddenProfileId) {
		try {
			this.profiles.delete(hiddenProfileId);
		}
		catch (ProfileRefused ex) {
			// Still held: kept.
		}
	}

	/**
	 * The rules a draft must meet; an expiry already past is refused unless it is the one
	 * the link has (editing the label of an expired link stays possible).
	 */
	private void check(LinkDraft draft, InviteLink current, Instant now) {
		if (draft.label() == null || draft.label().isBlank()) {
			throw new LinkProblem("label", "admin.links.label.required");
		}
		if (draft.maxUses() != null && draft.maxUses() < 1) {
			throw new LinkProblem("maxUses", "admin.links.uses.atLeastOne");
		}
		boolean unchanged = current != null && draft.expiresAt() != null
				&& draft.expiresAt().equals(current.expiresAt());
		if (draft.expiresAt() != null && !draft.expiresAt().isAfter(now) && !unchanged) {
			throw new LinkProblem("expiresAt", "admin.links.expiry.past");
		}
		if ((draft.profileId() == null) == (draft.libraries() == null)) {
			throw new IllegalArgumentException("A link draft names a profile or explicit libraries, not both");
		}
		if (draft.profileId() != null
				&& this.profiles.find(draft.profileId()).filter((profile) -> !profile.hidden()).isEmpty()) {
			throw new LinkProblem("profileId", "admin.links.profile.unknown");
		}
		if (draft.libraries() != null && !draft.libraries().allLibraries() && draft.libraries().libraries().isEmpty()) {
			throw new LinkProblem("libraries", "admin.links.libraries.none");
		}
	}

	/**
	 * A hidden profile is named after its link's code (the owner never sees the name).
	 */
	private static ProfileDraft named(ProfileDraft draft, String code) {
		return new ProfileDraft("link " + code, draft.allLibraries(), draft.libraries(), draft.allowSync(),
				draft.allowChannels(), draft.allowCameraUpload(), draft.movies(), draft.television(), draft.music(),
				draft.accessDays());
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
