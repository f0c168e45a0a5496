package app.plexinvite.security;

import java.security.SecureRandom;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The owner's account from the environment, as Spring Security sees it. In demo mode
 * without ADMIN_PASSWORD_HASH a random password is generated and printed once, so the
 * demo can be tried and still is not open to anyone on the network.
 */
final class OwnerAccount {

	private static final Log log = LogFactory.getLog(OwnerAccount.class);

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private OwnerAccount() {
	}

	/**
	 * The account the environment gives, or null when ADMIN_PASSWORD_HASH is not set
	 * outside demo mode (then first-run set-up creates one in the database).
	 */
	static @Nullable UserDetails from(OwnerAccountProperties properties, PasswordHashes hashes, boolean demo) {
		String hash = properties.adminPasswordHash();
		if (hash == null) {
			if (!demo) {
				return null;
			}
			String password = randomPassword();
			hash = hashes.encode(password);
			log.info("Demo mode: sign in to the dashboard as '" + properties.adminUsername() + "' with password '"
					+ password + "'");
		}
		return User.withUsername(properties.adminUsername()).password(hash).roles("ADMIN").build();
	}

	private static String randomPassword() {
		SecureRandom random = new SecureRandom();
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
