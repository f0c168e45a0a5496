package app.plexinvite.api;

import java.net.URI;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.plexinvite.audit.AuditAction;
import app.plexinvite.audit.AuditLog;
import app.plexinvite.audit.AuditOutcome;
import app.plexinvite.invite.Invitations;
import app.plexinvite.invite.LinkedSubmission;
import app.plexinvite.invite.RequestQuery;
import app.plexinvite.invite.RequestStatus;
import app.plexinvite.invite.RequestView;
import app.plexinvite.profiles.AccessProfiles;

/**
 * Invite requests: list and filter, one by id, make one for someone (the public form's
 * rules without its invite code), approve, deny, retry. Every change is audited with the
 * key's name.
 */
@RestController
@RequestMapping(path = "/api/v1/requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Requests", description = "Invite requests and the owner's decisions on them")
class RequestsApi {

	private final Invitations invitations;

	private final AccessProfiles profiles;

	private final AuditLog audit;

	private final MessageSource messages;

	RequestsApi(Invitations invitations, AccessProfiles profiles, AuditLog audit, MessageSource messages) {
		this.invitations = invitations;
		this.profiles = profiles;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "Requests, newest first, filtered by status and search text")
	RequestJson.Page list(@RequestParam(required = false) RequestStatus status,
			@RequestParam(required = false) @Size(max = 100, message = "has at most 100 characters") String search,
			@RequestParam(required = false) Long before, @RequestParam(defaultValue = "50") @Min(value = 1,
					message = "must be at least 1") @Max(value = 100, message = "must be at most 100") int limit) {
		return RequestJson.Page.of(this.invitations.requests(new RequestQuery(search, status, before, limit)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One request")
	RequestJson get(@PathVariable long id) {
		return RequestJson.of(existing(id));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Make a request for someone (no invite code; the form's rules and duplicate check)")
	ResponseEntity<RequestJson> create(@Valid @RequestBody RequestJson.New body) {
		if (body.profileId() != null
				&& this.profiles.find(body.profileId()).filter((profile) -> !profile.hidden()).isEmpty()) {
			throw ApiProblem.invalid("profileId", "is not one of the profiles (GET /api/v1/profiles)");
		}
		boolean approval = (body.awaitApproval() != null) ? body.awaitApproval() : this.invitations.approvalRequired();
		LinkedSubmission submission = this.invitations.submitForOwner(body.identifier(), body.profileId(), approval);
		if (!submission.stored()) {
			throw refused(submission.refusedMessageKey());
		}
		RequestView created = existing(submission.requestId());
		this.audit.ownerDid(AuditAction.REQUEST_CREATED, target(created), AuditOutcome.ok(created.status().name()));
		return ResponseEntity.created(URI.create("/api/v1/requests/" + created.id())).body(RequestJson.of(created));
	}

	@PostMapping("/{id}/approve")
	@Operation(summary = "Approve a request that awaits approval; the invite is sent next")
	RequestJson approve(@PathVariable long id) {
		return act(id, AuditAction.REQUEST_APPROVED, "approved", () -> this.invitations.approve(id));
	}

	@PostMapping(path = "/{id}/deny")
	@Operation(summary = "Deny a request that awaits approval, with an optional reason")
	RequestJson deny(@PathVariable long id, @Valid @RequestBody(required = false) RequestJson.Deny body) {
		String reason = (body != null && body.reason() != null && !body.reason().isBlank()) ? body.reason().strip()
				: null;
		return act(id, AuditAction.REQUEST_DENIED, "denied", () -> this.invitations.deny(id, reason));
	}

	@PostMapping("/{id}/retry")
	@Operation(summary = "Send a failed or waiting request again now")
	RequestJson retry(@PathVariable long id) {
		return act(id, AuditAction.REQUEST_RETRIED, "retried", () -> this.invitations.retry(id));
	}

	private RequestJson act(long id, AuditAction audited, String verb, Runnable action) {
		RequestView before = existing(id);
		try {
			action.run();
		}
		catch (IllegalStateException ex) {
			this.audit.ownerDid(audited, target(before), AuditOutcome.failed("not possible in its current state"));
			RequestView now = existing(id);
			throw ApiProblem.conflict("Request " + id + " is " + now.status() + " and cannot be " + verb + ".");
		}
		this.audit.ownerDid(audited, target(before), AuditOutcome.ok());
		return RequestJson.of(existing(id));
	}

	private ApiProblem refused(String messageKey) {
		if (messageKey.endsWith("already-requested")) {
			return ApiProblem.conflict("A request for this account is open already.");
		}
		if (messageKey.endsWith("has-access")) {
			return ApiProblem.conflict("This account has access already.");
		}
		return ApiProblem.invalid("identifier", this.messages.getMessage(messageKey, null, messageKey, Locale.ENGLISH));
	}

	private RequestView existing(long id) {
		return this.invitations.request(id).orElseThrow(() -> ApiProblem.notFound("No request " + id + "."));
	}

	private static String target(RequestView request) {
		return "request #" + request.id() + " (" + request.identifier() + ")";
	}

}
