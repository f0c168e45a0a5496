package app.plexinvite.api;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.plexinvite.profiles.AccessProfiles;
import app.plexinvite.users.ActionResult;
import app.plexinvite.users.People;
import app.plexinvite.users.PersonQuery;
import app.plexinvite.users.PersonState;

/**
 * People with access: search and filter, one with their history, and the owner's actions
 * (remove access, change profile, set or clear the end of access). Each action goes to
 * Plex first, and the people feature audits it with the key's name.
 */
@RestController
@RequestMapping(path = "/api/v1/people", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "People", description = "Everyone with (or who had) access to the server")
class PeopleApi {

	private final People people;

	private final AccessProfiles profiles;

	private final MessageSource messages;

	PeopleApi(People people, AccessProfiles profiles, MessageSource messages) {
		this.people = people;
		this.profiles = profiles;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "People by name, searched (name, e-mail, note) and filtered by state")
	PersonJson.Page list(
			@RequestParam(required = false) @Size(max = 100, message = "has at most 100 characters") String search,
			@RequestParam(required = false) Set<PersonState> state,
			@RequestParam(defaultValue = "0") @Min(value = 0, message = "must be at least 0") int page,
			@RequestParam(defaultValue = "50") @Min(value = 1, message = "must be at least 1") @Max(value = 200,
					message = "must be at most 200") int size) {
		return PersonJson.Page.of(this.people
			.find(new PersonQuery(search, state, null, null, null, PersonQuery.Sort.NAME, false, page, size)));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One person with their history")
	PersonJson get(@PathVariable long id) {
		return this.people.find(id).map(PersonJson::of).orElseThrow(() -> ApiProblem.notFound("No person " + id + "."));
	}

	@PostMapping("/{id}/revoke")
	@Operation(summary = "Remove their access on Plex (a pending invite is cancelled)")
	PersonJson revoke(@PathVariable long id) {
		return done(id, this.people.revoke(id), "state");
	}

	@PutMapping(path = "/{id}/profile", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Share with another profile's libraries and settings")
	PersonJson changeProfile(@PathVariable long id, @Valid @RequestBody PersonJson.ProfileChange body) {
		if (this.profiles.find(body.profileId()).filter((profile) -> !profile.hidden()).isEmpty()) {
			throw ApiProblem.invalid("profileId", "is not one of the profiles (GET /api/v1/profiles)");
		}
		return done(id, this.people.changeProfile(id, body.profileId()), "profileId");
	}

	@PutMapping(path = "/{id}/expiry", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Set when their access ends, or clear it with null")
	PersonJson changeExpiry(@PathVariable long id, @Valid @RequestBody PersonJson.ExpiryChange body) {
		return done(id, this.people.setExpiry(id, body.endsAt()), "endsAt");
	}

	/** The person as they are now, or the problem the action's refusal means. */
	private PersonJson done(long id, ActionResult result, String field) {
		if (result.ok()) {
			return get(id);
		}
		String key = result.messageKey();
		String text = this.messages.getMessage(key, result.args().toArray(), key, Locale.ENGLISH);
		String reason = key.substring(key.lastIndexOf('.') + 1);
		throw switch (reason) {
			case "not-found" -> ApiProblem.notFound("No person " + id + ".");
			case "plex-failed", "resend-failed" -> ApiProblem.plexFailed(text);
			case "expiry-in-past", "expiry-too-far", "unknown-profile", "no-libraries", "unknown-library" ->
				ApiProblem.invalid(field, text);
			case "unexpected" -> new ApiProblem(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
					"Something went wrong on the server; it is logged.", List.of());
			default -> ApiProblem.conflict(text);
		};
	}

}
