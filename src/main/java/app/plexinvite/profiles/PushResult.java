package app.plexinvite.profiles;

import java.io.Serializable;
import java.util.List;

/**
 * What pushing an edited profile to its holders did.
 *
 * @param updated shares updated on Plex
 * @param skipped holders without a known share id (nothing sent)
 * @param failed holders whose update Plex refused or could not take, by name
 */
public record PushResult(int updated, int skipped, List<String> failed) implements Serializable {
}
