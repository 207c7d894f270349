package org.airisk.workbench.store;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link LostUpdatesTest} with two workbenches on their own connections to one PostgreSQL team workspace. */
@ExtendWith(PostgresqlServer.class)
class LostUpdatesOnPostgresqlTest extends LostUpdatesTest {
    @Override
    WorkbenchDatabase[] openTwo() {
        PostgresqlServer.Database workspace = PostgresqlServer.newDatabase();
        return new WorkbenchDatabase[] {workspace.open(), workspace.open()};
    }
}
