package app.plexinvite.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The forms of the account page, validated with message keys. */
final class AccountForms {

	private AccountForms() {
	}

	/** A new password for yourself, typed twice, with the current one. */
	record PasswordChange(@NotBlank(message = "{account.password.current.missing}") String current,
			@NotBlank(message = "{account.password.tooShort}") @Size(min = OwnerAccounts.MIN_PASSWORD_LENGTH,
					max = 1024, message = "{account.password.tooShort}") String password,
			String repeat) {

		static PasswordChange empty() {
			return new PasswordChange("", "", "");
		}

		boolean repeated() {
			return this.password != null && this.password.equals(this.repeat);
		}

		@Override
		public String toString() {
			return "PasswordChange[masked]";
		}

	}

	/** Another owner: a name and a first password to hand over. */
	record NewOwner(
			@NotBlank(message = "{account.owners.username.missing}") @Size(max = 100,
					message = "{account.owners.username.tooLong}") String username,
			@NotBlank(message = "{account.password.tooShort}") @Size(min = OwnerAccounts.MIN_PASSWORD_LENGTH,
					max = 1024, message = "{account.password.tooShort}") String password) {

		static NewOwner empty() {
			return new NewOwner("", "");
		}

		@Override
		public String toString() {
			return "NewOwner[username=" + this.username + ", password=masked]";
		}

	}

}
