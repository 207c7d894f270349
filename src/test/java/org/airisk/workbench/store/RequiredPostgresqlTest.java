package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** With AIRISK_REQUIRE_POSTGRESQL=1 (CI), a PostgreSQL test that cannot start its server fails instead of skipping. */
class RequiredPostgresqlTest {
    @Test
    void withoutTheSettingAMissingServerSkips() {
        assertThrows(TestAbortedException.class, () -> PostgresqlServer.requireOrSkip(false, "no initdb", null));
        assertThrows(TestAbortedException.class, () -> PostgresqlServer.requireOrSkip(false, "no initdb", "0"));
    }

    @Test
    void withTheSettingAMissingServerFails() {
        assertThrows(AssertionError.class, () -> PostgresqlServer.requireOrSkip(false, "no initdb", "1"));
    }

    @Test
    void aServerThatStartedRunsEitherWay() {
        PostgresqlServer.requireOrSkip(true, "", "1");
        PostgresqlServer.requireOrSkip(true, "", null);
    }
}
