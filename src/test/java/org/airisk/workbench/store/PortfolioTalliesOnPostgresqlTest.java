package org.airisk.workbench.store;

import org.junit.jupiter.api.extension.ExtendWith;

/** {@link PortfolioTalliesTest} on a team workspace on PostgreSQL, where a PL/pgSQL trigger keeps the tallies. */
@ExtendWith(PostgresqlServer.class)
class PortfolioTalliesOnPostgresqlTest extends PortfolioTalliesTest {
    @Override
    WorkbenchDatabase open() {
        return PostgresqlServer.newDatabase().open();
    }

    @Override
    boolean bulkCopies() {
        return false;
    }
}
