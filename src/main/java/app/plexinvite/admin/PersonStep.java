package app.plexinvite.admin;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiFunction;

import app.plexinvite.users.ActionResult;
import app.plexinvite.users.People;

/**
 * An action on one person that needs nothing but a confirmation, by the last part of its
 * address ({@code /admin/users/{id}/revoke}).
 */
enum PersonStep {

	REVOKE("revoke", People::revoke),

	CANCEL_INVITE("cancel-invite", People::cancelInvite),

	RESEND("resend", People::resendInvite),

	GIVE_AGAIN("give-again", People::giveAccessAgain),

	UNDO_GONE("undo-gone", People::undoGone),

	CLEAR_EXPIRY("clear-expiry", (people, id) -> people.setExpiry(id, null));

	private final String slug;

	private final BiFunction<People, Long, ActionResult> action;

	PersonStep(String slug, BiFunction<People, Long, ActionResult> action) {
		this.slug = slug;
		this.action = action;
	}

	String slug() {
		return this.slug;
	}

	ActionResult applyTo(People people, long id) {
		return this.action.apply(people, id);
	}

	static Optional<PersonStep> bySlug(String slug) {
		return Arrays.stream(values()).filter((step) -> step.slug.equals(slug)).findFirst();
	}

}
