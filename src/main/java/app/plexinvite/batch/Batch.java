package app.plexinvite.batch;

import java.time.Instant;

/**
 * One uploaded file and its run. Public only for the template engine.
 *
 * @param id the batch id
 * @param state where it stands
 * @param fileName the uploaded file's name (shown escaped, never used as a path)
 * @param createdBy the owner who uploaded it
 * @param createdAt when it was uploaded
 * @param startedAt when the owner confirmed it, or null
 * @param endedAt when it finished or was cancelled, or null
 */
public record Batch(long id, BatchState state, String fileName, String createdBy, Instant createdAt, Instant startedAt,
		Instant endedAt) {

}
