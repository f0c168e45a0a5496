package app.plexinvite.plex;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which libraries a share grants. plex.tv reads an empty id list as "every library"
 * (plex-protocol.md §4b.4), so an empty list can only be produced by {@link #all()}:
 * {@link #of(Set)} refuses an empty set.
 */
public final class LibrarySelection {

	private static final LibrarySelection ALL = new LibrarySelection(Set.of());

	private final Set<Long> plexTvIds;

	private LibrarySelection(Set<Long> plexTvIds) {
		this.plexTvIds = plexTvIds;
	}

	/** Every library of the server, including ones added later. */
	public static LibrarySelection all() {
		return ALL;
	}

	/**
	 * These libraries only.
	 * @param plexTvIds plex.tv library-section ids ({@link PlexLibrary#plexTvId()}), not
	 * PMS keys
	 * @return the selection
	 * @throws IllegalArgumentException when the set is empty (that would share all)
	 */
	public static LibrarySelection of(Set<Long> plexTvIds) {
		if (plexTvIds == null || plexTvIds.isEmpty()) {
			throw new IllegalArgumentException(
					"An empty library selection would share every library; use LibrarySelection.all() for that");
		}
		if (plexTvIds.stream().anyMatch((id) -> id == null || id <= 0)) {
			throw new IllegalArgumentException("plex.tv library ids are positive numbers");
		}
		return new LibrarySelection(Set.copyOf(new TreeSet<>(plexTvIds)));
	}

	public boolean isAll() {
		return this.plexTvIds.isEmpty();
	}

	/** The ids as sent to plex.tv: sorted, empty exactly when {@link #isAll()}. */
	public List<Long> wireIds() {
		return List.copyOf(new TreeSet<>(this.plexTvIds));
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof LibrarySelection that && this.plexTvIds.equals(that.plexTvIds);
	}

	@Override
	public int hashCode() {
		return this.plexTvIds.hashCode();
	}

	@Override
	public String toString() {
		return isAll() ? "LibrarySelection[all]" : "LibrarySelection" + wireIds();
	}

}
