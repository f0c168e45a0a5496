package app.plexinvite.users;

import java.time.Duration;
import java.time.Instant;

/** An action the owner applies to a selection of people. */
public sealed interface BulkAction {

	/** Remove access (accepted) or cancel the invite (pending). */
	record Revoke() implements BulkAction {
	}

	/** Share with this profile's libraries and settings. */
	record ChangeProfile(long profileId) implements BulkAction {
	}

	/** Access ends at this instant. */
	record SetExpiry(Instant endsAt) implements BulkAction {
	}

	/** Access ends this much later (from the current end, or from now when none). */
	record ExtendExpiry(Duration by) implements BulkAction {
	}

	/** Access never ends. */
	record ClearExpiry() implements BulkAction {
	}

}
