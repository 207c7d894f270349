package org.airisk.workbench.store;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every portfolio query of {@link JdbcPortfolioQueriesTest}, on a team workspace on PostgreSQL. */
@ExtendWith(PostgresqlServer.class)
class JdbcPortfolioQueriesOnPostgresqlTest extends JdbcPortfolioQueriesTest {
    @BeforeAll
    static void generate() {
        generate(PostgresqlServer.newDatabase().open());
    }
}
