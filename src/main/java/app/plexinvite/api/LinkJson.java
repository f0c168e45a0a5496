package app.plexinvite.api;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import app.plexinvite.links.InviteLink;
import app.plexinvite.links.LinkOverview;
import app.plexinvite.links.LinkState;

/**
 * An invite link as the API shows it.
 *
 * @param id the link id
 * @param label the owner's label
 * @param address the link to send (from PUBLIC_URL; only its path without it)
 * @param customCode whether the code was chosen by the owner
 * @param state whether it can be redeemed now
 * @param message the personal message, or null
 * @param inviteeName who it is for, or null
 * @param expiresAt when it stops working, or null
 * @param maxUses how many may join, or null for unlimited
 * @param uses uses taken
 * @param remainingUses uses left, or null for unlimited
 * @param profileId the access profile it shares (a hidden one for own libraries)
 * @param ownLibraries whether it has libraries of its own rather than a profile
 * @param approvalRequired whether each redemption waits for approval
 * @param allowUsername whether a typed username or e-mail is offered too
 * @param revokedAt when it was revoked, or null
 * @param createdAt when it was made
 */
record LinkJson(long id, String label, String address, boolean customCode, LinkState state, String message,
		String inviteeName, Instant expiresAt, Integer maxUses, int uses, Integer remainingUses, long profileId,
		boolean ownLibraries, boolean approvalRequired, boolean allowUsername, Instant revokedAt, Instant createdAt) {

	static LinkJson of(LinkOverview overview, boolean ownLibraries) {
		InviteLink link = overview.link();
		return new LinkJson(link.id(), link.label(), overview.address(), link.customCode(), overview.state(),
				link.message(), link.inviteeName(), link.expiresAt(), link.maxUses(), link.uses(),
				overview.remainingUses(), link.profileId(), ownLibraries, link.approvalRequired(), link.allowUsername(),
				link.revokedAt(), link.createdAt());
	}

	/**
	 * A new link: every option of the owner's link form. Give {@code profileId} or
	 * {@code libraries}, not both; neither means the default profile.
	 *
	 * @param label the owner's label
	 * @param customCode an own code (8 to 64 letters, digits, - and _), or null for a
	 * random one
	 * @param message a personal message, or null
	 * @param inviteeName who it is for, or null
	 * @param expiresAt when it stops working (in the future), or null for never
	 * @param maxUses how many people may join, or null for unlimited
	 * @param profileId one of the owner's profiles
	 * @param libraries libraries and permissions for this link alone
	 * @param approvalRequired whether each redemption waits for approval
	 * @param allowUsername whether typing a username or e-mail is offered too
	 */
	@Schema(name = "NewLink")
	record New(
			@Schema(example = "Family") @NotBlank(message = "is required") @Size(max = 100,
					message = "has at most 100 characters") String label,
			@Size(min = 8, max = 64, message = "has 8 to 64 characters") String customCode,
			@Size(max = 1000, message = "has at most 1000 characters") String message,
			@Size(max = 100, message = "has at most 100 characters") String inviteeName, Instant expiresAt,
			@Min(value = 1, message = "must be at least 1") @Max(value = 100000,
					message = "must be at most 100000") Integer maxUses,
			Long profileId, @Valid OwnLibraries libraries, Boolean approvalRequired, Boolean allowUsername) {

		/** Left out means false. */
		New {
			approvalRequired = Boolean.TRUE.equals(approvalRequired);
			allowUsername = Boolean.TRUE.equals(allowUsername);
		}

	}

	/**
	 * Libraries and permissions for one link.
	 *
	 * @param allLibraries every library, also ones added later
	 * @param libraryIds plex.tv section ids (see GET /api/v1/profiles for those in use)
	 * @param allowSync downloads
	 * @param allowChannels live TV and channels
	 * @param allowCameraUpload camera upload
	 */
	record OwnLibraries(Boolean allLibraries,
			@NotNull(message = "is required (empty with allLibraries)") List<Long> libraryIds, Boolean allowSync,
			Boolean allowChannels, Boolean allowCameraUpload) {

		/** Left out means false. */
		OwnLibraries {
			allLibraries = Boolean.TRUE.equals(allLibraries);
			allowSync = Boolean.TRUE.equals(allowSync);
			allowChannels = Boolean.TRUE.equals(allowChannels);
			allowCameraUpload = Boolean.TRUE.equals(allowCameraUpload);
		}

	}

}
