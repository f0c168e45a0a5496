package app.plexinvite.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import org.apache.commons.logging.Log;

/**
 * The generated SECRET_KEY, kept in the file {@code secret_key} beside the database
 * (readable by the owner only), so that sign-ins survive a restart. Several instances
 * must share one SECRET_KEY set in their environment.
 */
final class SecretKeyFile {

	static final String FILE_NAME = "secret_key";

	private final Path file;

	private final Log log;

	SecretKeyFile(Path directory, Log log) {
		this.file = directory.resolve(FILE_NAME);
		this.log = log;
	}

	String readOrCreate() {
		try {
			if (Files.isRegularFile(this.file)) {
				String key = Files.readString(this.file, StandardCharsets.UTF_8).trim();
				if (!key.isEmpty()) {
					return key;
				}
			}
			return create();
		}
		catch (IOException ex) {
			throw new InvalidSettingException("SECRET_KEY",
					"is not set and " + this.file + " cannot be read or written (" + ex.getMessage() + ")");
		}
	}

	private String create() throws IOException {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Path temporary = Files.createTempFile(this.file.getParent(), FILE_NAME, ".tmp");
		try {
			restrictToOwner(temporary);
			Files.writeString(temporary, key + "\n", StandardCharsets.UTF_8);
			Files.move(temporary, this.file);
		}
		catch (FileAlreadyExistsException ex) {
			// Another instance wrote it first: use theirs.
			Files.deleteIfExists(temporary);
			return Files.readString(this.file, StandardCharsets.UTF_8).trim();
		}
		this.log.warn("SECRET_KEY is not set: generated one and stored it in " + this.file
				+ " (keep this file with the database; set SECRET_KEY to choose your own)");
		return key;
	}

	private static void restrictToOwner(Path path) throws IOException {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// Not a POSIX file system (Windows): the folder's own permissions apply.
		}
	}

}
