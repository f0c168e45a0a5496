package app.plexinvite.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import app.plexinvite.profiles.AccessProfile;
import app.plexinvite.users.BulkAction;

/**
 * The bulk bar of the people list: the ticked people and the button pressed, with the one
 * field that button needs. Public only for data binding.
 *
 * @param id the ticked people
 * @param action the button: REVOKE, PROFILE, SET_EXPIRY, EXTEND or CLEAR_EXPIRY
 * @param profileId for PROFILE
 * @param on for SET_EXPIRY, a date
 * @param days for EXTEND
 */
public record BulkForm(Set<Long> id, String action, String profileId, String on, String days) {

	/** At most this many people at once (four pages of the list). */
	static final int MAX_PEOPLE = 50;

	Set<Long> ids() {
		// An empty or odd "id" parameter binds as null: it names nobody.
		return (this.id != null)
				? this.id.stream().filter(Objects::nonNull).collect(Collectors.toCollection(TreeSet::new)) : Set.of();
	}

	/**
	 * The action to apply, or a message key saying what is wrong with the form.
	 * @param profiles the owner's profiles (a link's hidden one is not offered)
	 */
	Parsed parse(List<AccessProfile> profiles, Instant now) {
		if (ids().isEmpty()) {
			return Parsed.problem("people.bulk.none");
		}
		if (ids().size() > MAX_PEOPLE) {
			return Parsed.problem("people.bulk.too-many");
		}
		String name = (this.action != null) ? this.action : "";
		return switch (name) {
			case "REVOKE" -> Parsed.of(new BulkAction.Revoke(), "people.bulk.line.revoke");
			case "CLEAR_EXPIRY" -> Parsed.of(new BulkAction.ClearExpiry(), "people.bulk.line.clear-expiry");
			case "PROFILE" -> profile(profiles);
			case "SET_EXPIRY" -> expiry(now);
			case "EXTEND" -> extend();
			default -> Parsed.problem("people.bulk.no-action");
		};
	}

	private Parsed profile(List<AccessProfile> profiles) {
		Long profile = PersonInput.number(this.profileId);
		Optional<AccessProfile> chosen = profiles.stream()
			.filter((candidate) -> profile != null && candidate.id() == profile)
			.findFirst();
		return chosen.map((p) -> Parsed.of(new BulkAction.ChangeProfile(p.id()), "people.bulk.line.profile", p.name()))
			.orElseGet(() -> Parsed.problem("people.input.bad-profile"));
	}

	private Parsed expiry(Instant now) {
		Instant endsAt = PersonInput.dayStart(this.on);
		if (endsAt == null) {
			return Parsed.problem("people.input.bad-date");
		}
		if (!endsAt.isAfter(now)) {
			return Parsed.problem("people.bulk.expiry-in-past");
		}
		return Parsed.of(new BulkAction.SetExpiry(endsAt), "people.bulk.line.set-expiry", PersonInput.utc(endsAt));
	}

	private Parsed extend() {
		Integer count = PersonInput.days(this.days);
		return (count == null) ? Parsed.problem("people.input.bad-days")
				: Parsed.of(new BulkAction.ExtendExpiry(Duration.ofDays(count)), "people.bulk.line.extend", count);
	}

	/**
	 * A parsed bulk bar: the action and the line that describes it, or a problem.
	 *
	 * @param action what to apply, or null
	 * @param line message key describing it, or null
	 * @param arguments the line's arguments
	 * @param problem message key of what is wrong, or null
	 */
	record Parsed(BulkAction action, String line, Object[] arguments, String problem) {

		static Parsed of(BulkAction action, String line, Object... arguments) {
			return new Parsed(action, line, arguments, null);
		}

		static Parsed problem(String key) {
			return new Parsed(null, null, new Object[0], key);
		}

	}

}
