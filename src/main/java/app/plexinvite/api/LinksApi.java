package app.plexinvite.api;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.links.InviteLink;
import app.plexinvite.links.InviteLinks;
import app.plexinvite.links.LinkDraft;
import app.plexinvite.links.LinkOverview;
import app.plexinvite.links.LinkProblem;
import app.plexinvite.plex.PlexClient;
import app.plexinvite.plex.PlexException;
import app.plexinvite.plex.PlexLibrary;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.profiles.ProfileDraft;

/**
 * Invite links: list, one by id, create with every option of the owner's form, revoke.
 * Own libraries are named by plex.tv id and titled from the server, as the form does.
 */
@RestController
@RequestMapping(path = "/api/v1/links", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Invite links", description = "Links people join with by signing in with Plex")
class LinksApi {

	private final InviteLinks links;

	private final AccessProfiles profiles;

	private final PlexClient plex;

	private final AuditLog audit;

	private final MessageSource messages;

	LinksApi(InviteLinks links, AccessProfiles profiles, PlexClient plex, AuditLog audit, MessageSource messages) {
		this.links = links;
		this.profiles = profiles;
		this.plex = plex;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Every link, newest first")
	List<LinkJson> list() {
		return this.links.list().stream().map(this::json).toList();
	}

	@GetMapping("/{id}")
	@Operation(summary = "One link")
	LinkJson get(@PathVariable long id) {
		return json(existing(id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Make a link: a profile or libraries of its own, expiry, uses, approval, own code")
	ResponseEntity<LinkJson> create(@Valid @RequestBody LinkJson.New body, HttpServletRequest request) {
		if (body.profileId() != null && body.libraries() != null) {
			throw ApiProblem.invalid("profileId", "give profileId or libraries, not both");
		}
		ProfileDraft own = (body.libraries() != null) ? ownLibraries(body) : null;
		Long profileId = null;
		if (own == null) {
			profileId = (body.profileId() != null) ? body.profileId() : this.profiles.defaultProfile().id();
			if (this.profiles.find(profileId).filter((profile) -> !profile.hidden()).isEmpty()) {
				throw ApiProblem.invalid("profileId", "is not one of the profiles (GET /api/v1/profiles)");
			}
		}
		InviteLink created;
		try {
			created = this.links.create(
					new LinkDraft(body.label(), body.customCode(), body.message(), body.inviteeName(), body.expiresAt(),
							body.maxUses(), profileId, own, body.approvalRequired(), body.allowUsername()));
		}
		catch (LinkProblem problem) {
			String field = problem.field().equals("libraries") ? "libraries.libraryIds" : problem.field();
			throw ApiProblem.invalid(field,
					this.messages.getMessage(problem.messageKey(), null, problem.messageKey(), Locale.ENGLISH));
		}
		this.audit.ownerDid(AuditAction.LINK_CREATED, target(created), AuditOutcome.ok());
		return ResponseEntity.created(URI.create(request.getContextPath() + "/api/v1/links/" + created.id()))
			.body(json(existing(created.id())));
	}

	@PostMapping("/{id}/revoke")
	@Operation(summary = "Revoke a link: nobody can join with it any more; who joined keeps access")
	LinkJson revoke(@PathVariable long id) {
		LinkOverview link = existing(id);
		try {
			this.links.revoke(id);
		}
		catch (IllegalStateException ex) {
			this.audit.ownerDid(AuditAction.LINK_REVOKED, target(link.link()), AuditOutcome.failed("revoked already"));
			throw ApiProblem.conflict("Link " + id + " is revoked already.");
		}
		this.audit.ownerDid(AuditAction.LINK_REVOKED, target(link.link()), AuditOutcome.ok());
		return json(existing(id));
	}

	private ProfileDraft ownLibraries(LinkJson.New body) {
		LinkJson.OwnLibraries chosen = body.libraries();
		List<AccessProfile.Library> titled = List.of();
		if (!chosen.allLibraries()) {
			Map<Long, String> titles;
			try {
				titles = this.plex.libraries()
					.stream()
					.filter(PlexLibrary::shareable)
					.collect(Collectors.toMap(PlexLibrary::plexTvId, PlexLibrary::title, (a, b) -> a));
			}
			catch (PlexException ex) {
				throw ApiProblem
					.plexFailed("Plex cannot list the libraries now (" + ex.reason() + "); try again later.");
			}
			List<Long> unknown = chosen.libraryIds().stream().filter((id) -> !titles.containsKey(id)).toList();
			if (!unknown.isEmpty()) {
				throw ApiProblem.invalid("libraries.libraryIds",
						"the server shares no library with the ids " + unknown);
			}
			titled = chosen.libraryIds()
				.stream()
				.distinct()
				.sorted()
				.map((id) -> new AccessProfile.Library(id, titles.get(id)))
				.toList();
		}
		return new ProfileDraft(body.label(), chosen.allLibraries(), titled, chosen.allowSync(), chosen.allowChannels(),
				chosen.allowCameraUpload(), null, null, null, null);
	}

	private LinkJson json(LinkOverview overview) {
		boolean own = this.profiles.find(overview.link().profileId()).map(AccessProfile::hidden).orElse(false);
		return LinkJson.of(overview, own);
	}

	private LinkOverview existing(long id) {
		return this.links.find(id).orElseThrow(() -> ApiProblem.notFound("No link " + id + "."));
	}

	/** By id and label: the code is a secret, never in the audit log. */
	private static String target(InviteLink link) {
		return "link #" + link.id() + " " + link.label();
	}

}
