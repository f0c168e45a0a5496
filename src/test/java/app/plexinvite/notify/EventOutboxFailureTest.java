package app.plexinvite.notify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

import app.plexinvite.invite.RequestCreated;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;

/**
 * A database failure while storing deliveries is logged, never thrown into the publisher.
 */
class EventOutboxFailureTest {

	@Test
	void neverThrowsIntoThePublisherAndRollsBackToItsSavepoint() {
		Endpoints endpoints = mock(Endpoints.class);
		given(endpoints.enabled()).willThrow(new DataAccessResourceFailureException("database is locked"));
		PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
		given(transactions.getTransaction(any())).willReturn(new SimpleTransactionStatus());
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("clock", Clock.fixed(Instant.parse("2026-05-01T10:00:00Z"), ZoneOffset.UTC));
		EventOutbox outbox = new EventOutbox(endpoints, mock(Deliveries.class), transactions,
				beans.getBeanProvider(Clock.class));

		assertThatNoException().isThrownBy(() -> outbox
			.on(new RequestCreated(1, "alice", null, false, null, null, Instant.parse("2026-05-01T10:00:00Z"))));
		then(transactions).should().rollback(any());
	}

}
