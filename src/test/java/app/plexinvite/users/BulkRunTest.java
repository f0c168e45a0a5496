package app.plexinvite.users;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * A bulk run goes on past one person's unexpected failure, and refuses more than a page
 * of people before doing anything.
 */
class BulkRunTest {

	private final List<Duration> pauses = new ArrayList<>();

	private final BulkRun bulk = new BulkRun(new PlexCallPause(Duration.ofMillis(250), this.pauses::add));

	private final PersonActions actions = mock(PersonActions.class);

	@Test
	void anUnexpectedErrorFailsThatPersonOnly() {
		given(this.actions.revoke(1)).willReturn(ActionResult.done("people.result.revoked", "alice"));
		given(this.actions.revoke(2)).willThrow(new IllegalStateException("database gone"));
		given(this.actions.revoke(3)).willReturn(ActionResult.done("people.result.revoked", "carol"));

		BulkResult result = this.bulk.run(new BulkAction.Revoke(), List.of(1L, 2L, 3L), this.actions);

		assertThat(result).isEqualTo(new BulkResult(2, 0, List.of("#2: an unexpected error (see the log)")));
		then(this.actions).should().revoke(3);
		assertThat(this.pauses).hasSize(2);
	}

	@Test
	void refusesMoreThanAPageOfPeopleBeforeDoingAnything() {
		List<Long> ids = java.util.stream.LongStream.rangeClosed(1, BulkRun.MAX_PEOPLE + 1).boxed().toList();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.bulk.run(new BulkAction.Revoke(), ids, this.actions));

		then(this.actions).should(never()).revoke(1);
		PersonActions doing = mock(PersonActions.class,
				(invocation) -> ActionResult.done("people.result.expiry-cleared", "someone"));
		assertThat(this.bulk.run(new BulkAction.ClearExpiry(), ids.subList(0, BulkRun.MAX_PEOPLE), doing).done())
			.isEqualTo(BulkRun.MAX_PEOPLE);
	}

}
