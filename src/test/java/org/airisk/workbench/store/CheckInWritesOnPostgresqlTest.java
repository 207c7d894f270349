package org.airisk.workbench.store;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link CheckInWritesTest} with the colleague on their own connection to one PostgreSQL team workspace. */
@ExtendWith(PostgresqlServer.class)
class CheckInWritesOnPostgresqlTest extends CheckInWritesTest {
    @Override
    WorkbenchDatabase[] openTwo() {
        PostgresqlServer.Database workspace = PostgresqlServer.newDatabase();
        return new WorkbenchDatabase[] {workspace.open(), workspace.open()};
    }
}
