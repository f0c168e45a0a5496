package app.plexinvite.plex;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LibrarySelectionTest {

	@Test
	void refusesAnEmptySetBecausePlexWouldShareEverything() {
		assertThatIllegalArgumentException().isThrownBy(() -> LibrarySelection.of(Set.of()))
			.withMessageContaining("LibrarySelection.all()");
	}

	@Test
	void sendsAnEmptyListOnlyForAll() {
		assertThat(LibrarySelection.all().wireIds()).isEmpty();
		assertThat(LibrarySelection.all().isAll()).isTrue();
		assertThat(LibrarySelection.of(Set.of(35723968L, 35723967L)).wireIds()).containsExactly(35723967L, 35723968L);
		assertThat(LibrarySelection.of(Set.of(1L)).isAll()).isFalse();
	}

	@Test
	void refusesIdsThatCannotBePlexTvIds() {
		assertThatIllegalArgumentException().isThrownBy(() -> LibrarySelection.of(Set.of(0L)));
		assertThatIllegalArgumentException().isThrownBy(() -> LibrarySelection.of(null));
	}

}
