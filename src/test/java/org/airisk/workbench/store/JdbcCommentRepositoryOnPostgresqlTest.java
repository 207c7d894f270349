package org.airisk.workbench.store;

import org.junit.jupiter.api.extension.ExtendWith;

/** Every test of {@link JdbcCommentRepositoryTest}, on a team workspace: a PostgreSQL database of its own per test. */
@ExtendWith(PostgresqlServer.class)
class JdbcCommentRepositoryOnPostgresqlTest extends JdbcCommentRepositoryTest {
    private final PostgresqlServer.Library library = new PostgresqlServer.Library();

    @Override
    WorkbenchDatabase openLibrary() {
        return library.open();
    }
}
