package app.plexinvite.users;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * One action on each person of a selection, one after the other: people it does not apply
 * to are skipped, failures collected by name, and plex.tv gets a pause between two calls.
 * Each person's action is audited on its own, as if done alone.
 */
@Component
class BulkRun {

	private static final Logger log = LoggerFactory.getLogger(BulkRun.class);

	/**
	 * At most one page of people per run: the run happens inside the owner's request, one
	 * plex.tv call and people.plex-call-gap per person.
	 */
	static final int MAX_PEOPLE = 50;

	/** Refusals that mean "not for this person", not "went wrong". */
	private static final Set<String> NOT_APPLICABLE = Set.of("people.result.not-found", "people.result.not-holding",
			"people.result.not-pending", "people.result.holds-share", "people.result.not-gone",
			"people.result.no-share-id");

	/** What a failure other than Plex's is called in the list of failures. */
	private static final Map<String, String> REASONS = Map.of("people.result.changed-meanwhile",
			"changed by someone else meanwhile", "people.result.unknown-profile", "no such profile",
			"people.result.no-libraries", "no libraries chosen", "people.result.expiry-in-past",
			"the end is in the past", "people.result.expiry-too-far", "the end is too far away");

	private final PlexCallPause pause;

	BulkRun(PlexCallPause pause) {
		this.pause = pause;
	}

	/** Refuses (IllegalArgumentException) more than {@link #MAX_PEOPLE} people. */
	BulkResult run(BulkAction action, Collection<Long> ids, PersonActions actions) {
		Set<Long> people = new LinkedHashSet<>(ids);
		if (people.size() > MAX_PEOPLE) {
			throw new IllegalArgumentException(
					"A bulk action takes at most " + MAX_PEOPLE + " people, not " + people.size());
		}
		boolean callsPlex = action instanceof BulkAction.Revoke || action instanceof BulkAction.ChangeProfile;
		int done = 0;
		int skipped = 0;
		List<String> failed = new ArrayList<>();
		boolean calledPlex = false;
		for (long id : people) {
			if (calledPlex && !this.pause.pause()) {
				break;
			}
			ActionResult result = apply(action, id, actions);
			boolean applicable = result.ok() || !NOT_APPLICABLE.contains(result.messageKey());
			calledPlex = callsPlex && applicable;
			if (result.ok()) {
				done++;
			}
			else if (!applicable) {
				skipped++;
			}
			else {
				failed.add(failure(result));
			}
		}
		return new BulkResult(done, skipped, failed);
	}

	/**
	 * One person's action; anything unexpected fails this person only (logged), not the
	 * rest of the run.
	 */
	private static ActionResult apply(BulkAction action, long id, PersonActions actions) {
		try {
			return applyOne(action, id, actions);
		}
		catch (RuntimeException ex) {
			log.error("Bulk {} failed for person #{}", action, id, ex);
			return ActionResult.refused("people.result.unexpected", "#" + id, "an unexpected error (see the log)");
		}
	}

	private static ActionResult applyOne(BulkAction action, long id, PersonActions actions) {
		return switch (action) {
			case BulkAction.Revoke revoke -> actions.revoke(id);
			case BulkAction.ChangeProfile change -> actions.changeProfile(id, change.profileId());
			case BulkAction.SetExpiry set -> actions.setExpiry(id, set.endsAt());
			case BulkAction.ExtendExpiry extend -> actions.extendExpiry(id, extend.by());
			case BulkAction.ClearExpiry clear -> actions.setExpiry(id, null);
		};
	}

	/** "alice: plex.tv rejected the token; sign in with Plex again." */
	private static String failure(ActionResult result) {
		String name = result.args().isEmpty() ? "?" : String.valueOf(result.args().get(0));
		String reason = (result.args().size() > 1) ? String.valueOf(result.args().get(1))
				: REASONS.getOrDefault(result.messageKey(), result.messageKey());
		return name + ": " + reason;
	}

}
