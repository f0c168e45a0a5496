package app.plexinvite.setup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import app.plexinvite.security.OwnerAccounts;

/**
 * The owner's new account as set-up posts it; that both passwords agree is checked by the
 * controller.
 *
 * @param username the sign-in name
 * @param password the new password, at least {@value OwnerAccounts#MIN_PASSWORD_LENGTH}
 * characters
 * @param confirm the password again
 */
record AccountForm(
		@NotBlank(message = "{setup.account.username.required}") @Size(max = 100,
				message = "{setup.account.username.too-long}") String username,
		@NotBlank(message = "{setup.account.password.too-short}") @Size(min = OwnerAccounts.MIN_PASSWORD_LENGTH,
				max = 1000, message = "{setup.account.password.too-short}") String password,
		String confirm) {

	static AccountForm empty() {
		return new AccountForm("admin", "", "");
	}

	boolean confirmed() {
		return this.password != null && this.password.equals(this.confirm);
	}

	@Override
	public String toString() {
		return "AccountForm[username=" + this.username + ", password=masked]";
	}

}
