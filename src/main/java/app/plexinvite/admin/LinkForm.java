package app.plexinvite.admin;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import app.plexinvite.links.InviteLink;
import app.plexinvite.links.LinkDraft;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.ProfileDraft;

/**
 * What the link form posts. Expiry and uses are presets with a value for the custom
 * choice; the custom expiry is a UTC date and time, like every time on the owner's pages.
 * Public only for the template engine.
 */
public record LinkForm(@NotBlank(message = "{admin.links.label.required}") @Size(max = 100) String label,
		@Size(max = 64, message = "{admin.links.code.length}") String customCode, @Size(max = 1000) String message,
		@Size(max = 100) String inviteeName, @NotNull Expiry expiry,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime expiresAt, @NotNull Uses uses,
		@Min(value = 1, message = "{admin.links.uses.atLeastOne}") @Max(100000) Integer maxUses, @NotNull Access access,
		Long profileId, Set<Long> library, Boolean allLibraries, Boolean allowSync, Boolean allowChannels,
		Boolean allowCameraUpload, Boolean approvalRequired, Boolean allowUsername) {

	/** An unticked checkbox sends nothing: it binds as null, read as false. */
	public LinkForm {
		allLibraries = Boolean.TRUE.equals(allLibraries);
		allowSync = Boolean.TRUE.equals(allowSync);
		allowChannels = Boolean.TRUE.equals(allowChannels);
		allowCameraUpload = Boolean.TRUE.equals(allowCameraUpload);
		approvalRequired = Boolean.TRUE.equals(approvalRequired);
		allowUsername = Boolean.TRUE.equals(allowUsername);
	}

	/** Expiry presets. */
	public enum Expiry {

		DAY, WEEK, MONTH, NEVER, CUSTOM

	}

	/** One use, a number of uses, or unlimited. */
	public enum Uses {

		ONE, MANY, UNLIMITED

	}

	/** One of the owner's profiles, or libraries and flags for this link alone. */
	public enum Access {

		PROFILE, LIBRARIES

	}

	static LinkForm empty(Long defaultProfileId) {
		return new LinkForm("", "", "", "", Expiry.WEEK, null, Uses.ONE, null, Access.PROFILE, defaultProfileId,
				Set.of(), false, false, false, false, false, false);
	}

	/**
	 * The link as the form shows it; an own-libraries link comes with its hidden profile.
	 */
	static LinkForm of(InviteLink link, AccessProfile hidden) {
		Uses uses = (link.maxUses() == null) ? Uses.UNLIMITED : (link.maxUses() == 1) ? Uses.ONE : Uses.MANY;
		LocalDateTime expiresAt = (link.expiresAt() != null)
				? LocalDateTime.ofInstant(link.expiresAt(), ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES) : null;
		Set<Long> libraries = (hidden != null)
				? Set.copyOf(hidden.libraries().stream().map(AccessProfile.Library::plexTvId).toList()) : Set.of();
		return new LinkForm(link.label(), link.code(), link.message(), link.inviteeName(),
				(expiresAt != null) ? Expiry.CUSTOM : Expiry.NEVER, expiresAt, uses, link.maxUses(),
				(hidden != null) ? Access.LIBRARIES : Access.PROFILE, (hidden != null) ? null : link.profileId(),
				libraries, hidden != null && hidden.allLibraries(), hidden != null && hidden.allowSync(),
				hidden != null && hidden.allowChannels(), hidden != null && hidden.allowCameraUpload(),
				link.approvalRequired(), link.allowUsername());
	}

	/**
	 * When the link stops working; a custom expiry the owner left at the minute the link
	 * already has keeps the link's exact instant.
	 */
	Instant expiresAt(Instant now, InviteLink current) {
		return switch (this.expiry) {
			case DAY -> now.plus(Duration.ofDays(1));
			case WEEK -> now.plus(Duration.ofDays(7));
			case MONTH -> now.plus(Duration.ofDays(30));
			case NEVER -> null;
			case CUSTOM -> {
				Instant chosen = this.expiresAt.toInstant(ZoneOffset.UTC);
				boolean same = current != null && current.expiresAt() != null
						&& current.expiresAt().truncatedTo(ChronoUnit.MINUTES).equals(chosen);
				yield same ? current.expiresAt() : chosen;
			}
		};
	}

	/** Fields a chosen preset needs but that were left empty, with the message key. */
	Map<String, String> missing() {
		Map<String, String> missing = new LinkedHashMap<>();
		if (this.expiry == Expiry.CUSTOM && this.expiresAt == null) {
			missing.put("expiresAt", "admin.links.expiry.required");
		}
		if (this.uses == Uses.MANY && this.maxUses == null) {
			missing.put("maxUses", "admin.links.uses.required");
		}
		if (this.access == Access.PROFILE && this.profileId == null) {
			missing.put("profileId", "admin.links.profile.required");
		}
		return missing;
	}

	Integer maxUsesChosen() {
		return switch (this.uses) {
			case ONE -> 1;
			case MANY -> this.maxUses;
			case UNLIMITED -> null;
		};
	}

	/**
	 * The draft, given the titles of the chosen libraries when the access is explicit.
	 */
	LinkDraft toDraft(Instant now, InviteLink current, List<AccessProfile.Library> libraries) {
		ProfileDraft explicit = (this.access == Access.LIBRARIES)
				? new ProfileDraft(this.label, this.allLibraries, this.allLibraries ? List.of() : libraries,
						this.allowSync, this.allowChannels, this.allowCameraUpload, null, null, null, null)
				: null;
		return new LinkDraft(this.label, (current == null) ? this.customCode : null, this.message, this.inviteeName,
				expiresAt(now, current), maxUsesChosen(), (this.access == Access.PROFILE) ? this.profileId : null,
				explicit, this.approvalRequired, this.allowUsername);
	}

}
