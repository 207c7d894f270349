package org.airisk.workbench.store;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link DetailConflictsTest} with two workbenches on their own connections to one PostgreSQL team workspace. */
@ExtendWith(PostgresqlServer.class)
class DetailConflictsOnPostgresqlTest extends DetailConflictsTest {
    @Override
    WorkbenchDatabase[] openTwo() {
        PostgresqlServer.Database workspace = PostgresqlServer.newDatabase();
        return new WorkbenchDatabase[] {workspace.open(), workspace.open()};
    }
}
