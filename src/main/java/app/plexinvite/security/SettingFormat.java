package app.plexinvite.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Consumer;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A setting that must parse as rate limits or as trusted proxies; the parser's message
 * says what is wrong, and start-up stops in one line naming the variable. Null passes.
 */
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SettingFormat.Check.class)
@interface SettingFormat {

	Format value();

	String message() default "has an invalid format";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	enum Format {

		RATE_LIMITS(RateLimit::parseAll), TRUSTED_PROXIES(TrustedProxies::parse);

		private final Consumer<String> parser;

		Format(Consumer<String> parser) {
			this.parser = parser;
		}

	}

	class Check implements ConstraintValidator<SettingFormat, String> {

		private Format format;

		@Override
		public void initialize(SettingFormat annotation) {
			this.format = annotation.value();
		}

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			try {
				this.format.parser.accept(value);
				return true;
			}
			catch (IllegalArgumentException ex) {
				context.disableDefaultConstraintViolation();
				context.buildConstraintViolationWithTemplate(ex.getMessage().replace("{", "\\{").replace("$", "\\$"))
					.addConstraintViolation();
				return false;
			}
		}

	}

}
