package app.plexinvite.users;

import java.io.Serializable;
import java.util.List;

/**
 * What a bulk action did.
 *
 * @param done people it was applied to
 * @param skipped people it does not apply to (e.g. revoking someone already revoked)
 * @param failed display names of people where Plex refused or failed, with the reason
 */
public record BulkResult(int done, int skipped, List<String> failed) implements Serializable {

	public BulkResult {
		failed = List.copyOf(failed);
	}

}
