package org.airisk.workbench.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A search's page on a team workspace on PostgreSQL: the same read by the first ids as by walking an index. */
@ExtendWith(PostgresqlServer.class)
class JdbcAssessmentPagesOnPostgresqlTest {
    @Test
    void aSearchReadsTheSamePageByIdsAsByWalkingTheIndex() {
        try (WorkbenchDatabase database = PostgresqlServer.newDatabase().open()) {
            JdbcAssessmentPagesTest.readsTheSamePageByIdsAsByWalkingTheIndex(database);
        }
    }
}
