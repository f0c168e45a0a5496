package app.plexinvite.links;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import app.plexinvite.support.TestPostgres;

/** {@link SimultaneousJoinsTests} with the application on PostgreSQL. */
class SimultaneousJoinsOnPostgresqlTests extends SimultaneousJoinsTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		TestPostgres.freshDatabaseFor(registry);
	}

}
