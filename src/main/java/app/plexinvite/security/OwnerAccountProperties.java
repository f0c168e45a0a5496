package app.plexinvite.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The owner's sign-in, from ADMIN_USERNAME and ADMIN_PASSWORD_HASH. The hash may be empty
 * only in demo mode, where a password is generated and printed.
 */
@Validated
@ConfigurationProperties("security")
record OwnerAccountProperties(@NotBlank @Size(max = 100) String adminUsername,
		@Nullable @SupportedPasswordHash String adminPasswordHash) {

	OwnerAccountProperties {
		adminUsername = (adminUsername != null) ? adminUsername.strip() : null;
		adminPasswordHash = (adminPasswordHash != null && !adminPasswordHash.isBlank()) ? adminPasswordHash.strip()
				: null;
	}

}
