package app.plexinvite.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A password hash in one of the formats {@link PasswordHashes} verifies; null passes. */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SupportedPasswordHash.Check.class)
@interface SupportedPasswordHash {

	String message() default "is not a supported password hash";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Check implements ConstraintValidator<SupportedPasswordHash, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			return PasswordHashes.unsupportedReason(value).map((reason) -> {
				context.disableDefaultConstraintViolation();
				context
					.buildConstraintViolationWithTemplate(
							"is " + reason + "; create one with: java -jar plex-invite.jar hash-password")
					.addConstraintViolation();
				return false;
			}).orElse(true);
		}

	}

}
