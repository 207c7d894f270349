package org.airisk.workbench.bench;

import java.util.List;
import java.util.Map;
import org.airisk.workbench.portfolio.PortfolioFilter;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.PostgresqlServer;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;

/**
 * The portfolio dashboard's refresh on a team workspace of COUNT assessments (100,000 by default, issue 19): a
 * throw-away PostgreSQL server (store.PostgresqlServer) filled with 200 scored assessments and bulk copies of them,
 * then the refresh timed with no filter and with a status filter, as {@link PortfolioBenchmark} times it on H2.
 * Usage: TeamPortfolioBenchmark [COUNT=100000]. Not a unit test (docs/team-mode.md, "Measured").
 */
public final class TeamPortfolioBenchmark {
    private TeamPortfolioBenchmark() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        MachineLoad.stopAfter(3600);
        PostgresqlServer.Database server = PostgresqlServer.newDatabase();
        TeamLoadBenchmark.generate(server, count, 200);
        try (WorkbenchDatabase database = TeamLoadBenchmark.open(server)) {
            Map<String, PortfolioFilter> filters = PortfolioBenchmark.filters();
            filters.keySet().retainAll(List.of("all", "status"));
            System.out.println("before timing: " + MachineLoad.now());
            PortfolioBenchmark.refreshes(database, new JdbcAssessmentRepository(database, TestClock.FIXED), filters);
            System.out.println("after timing: " + MachineLoad.now());
        }
        System.exit(0);
    }
}
