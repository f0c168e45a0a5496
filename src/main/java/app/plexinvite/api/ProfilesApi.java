package app.plexinvite.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import app.plexinvite.profiles.AccessProfiles;

/** The owner's access profiles (not the hidden ones links with own libraries make). */
@RestController
@Tag(name = "Profiles", description = "What an invite shares: libraries, permissions, duration")
class ProfilesApi {

	private final AccessProfiles profiles;

	ProfilesApi(AccessProfiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping(path = "/api/v1/profiles", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The owner's profiles, the default first")
	List<ProfileJson> list() {
		return this.profiles.all().stream().map(ProfileJson::of).toList();
	}

}
