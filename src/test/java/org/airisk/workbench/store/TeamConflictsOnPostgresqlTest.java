package org.airisk.workbench.store;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link TeamConflictsTest} with two assessors on their own connections to one PostgreSQL team workspace. */
@ExtendWith(PostgresqlServer.class)
class TeamConflictsOnPostgresqlTest extends TeamConflictsTest {
    @Override
    WorkbenchDatabase[] openTwo() {
        PostgresqlServer.Database workspace = PostgresqlServer.newDatabase();
        return new WorkbenchDatabase[] {workspace.open(), workspace.open()};
    }
}
