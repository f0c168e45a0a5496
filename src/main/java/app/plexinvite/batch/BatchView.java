package app.plexinvite.batch;

/**
 * A batch with its counts, as the pages show it. Public only for the template engine.
 *
 * @param batch the batch
 * @param counts its rows per state and verdict
 */
public record BatchView(Batch batch, BatchCounts counts) {

}
