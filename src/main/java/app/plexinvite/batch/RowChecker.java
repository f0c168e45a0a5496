package app.plexinvite.batch;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import app.plexinvite.invite.IdentifierCheck;
import app.plexinvite.invite.Invitations;
import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.users.People;

/**
 * Checks the rows of one file for the preview, in file order (a repeated account is a
 * duplicate from its second row on). One instance per file.
 */
final class RowChecker {

	static final int MAX_MESSAGE = 1000;

	static final int MAX_NAME = 200;

	private final Invitations invitations;

	private final People people;

	private final List<AccessProfile> profiles;

	private final Instant now;

	private final Set<String> seen = new HashSet<>();

	RowChecker(Invitations invitations, People people, List<AccessProfile> profiles, Instant now) {
		this.invitations = invitations;
		this.people = people;
		this.profiles = profiles;
		this.now = now;
	}

	BatchRow check(CsvLine line) {
		IdentifierCheck identifier = this.invitations.check(line.identifier());
		String shown = identifier.malformed() ? clip(line.identifier(), 400) : identifier.value();
		Optional<AccessProfile> profile = profile(line.profile());
		return BatchRow.checked(line, shown, profile.map(AccessProfile::id).orElse(null),
				verdict(line, identifier, profile));
	}

	private RowCheck verdict(CsvLine line, IdentifierCheck identifier, Optional<AccessProfile> profile) {
		if (identifier.malformed()) {
			return RowCheck.BAD_ADDRESS;
		}
		if (!this.seen.add(identifier.key())) {
			return RowCheck.DUPLICATE;
		}
		if ("invite.identifier.has-access".equals(identifier.refusedMessageKey())
				|| this.people.hasAccess(identifier.value())) {
			return RowCheck.HAS_ACCESS;
		}
		if (identifier.refusedMessageKey() != null) {
			return RowCheck.ALREADY_REQUESTED;
		}
		if (line.profile() != null && profile.isEmpty()) {
			return RowCheck.UNKNOWN_PROFILE;
		}
		if (line.expiry() != null && !validExpiry(line.expiry())) {
			return RowCheck.BAD_EXPIRY;
		}
		if (line.name() != null && line.name().length() > MAX_NAME) {
			return RowCheck.NAME_TOO_LONG;
		}
		if (line.message() != null && line.message().length() > MAX_MESSAGE) {
			return RowCheck.MESSAGE_TOO_LONG;
		}
		return RowCheck.OK;
	}

	/** By id (digits) first, else by name (case-insensitive); never a hidden one. */
	private Optional<AccessProfile> profile(String text) {
		if (text == null) {
			return Optional.empty();
		}
		if (text.chars().allMatch(Character::isDigit)) {
			Optional<AccessProfile> byId = this.profiles.stream()
				.filter((profile) -> String.valueOf(profile.id()).equals(text))
				.findFirst();
			if (byId.isPresent()) {
				return byId;
			}
		}
		String name = text.toLowerCase(Locale.ROOT);
		return this.profiles.stream()
			.filter((profile) -> profile.name().strip().toLowerCase(Locale.ROOT).equals(name))
			.findFirst();
	}

	private boolean validExpiry(String text) {
		try {
			Expiry.parse(text, this.now);
			return true;
		}
		catch (Expiry.Invalid ex) {
			return false;
		}
	}

	static String clip(String text, int max) {
		if (text == null) {
			return "";
		}
		return (text.length() <= max) ? text : text.substring(0, max);
	}

}
