package org.airisk.workbench.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.airisk.workbench.assessment.AssessmentSummary;
import org.airisk.workbench.assessment.ChangedElsewhere;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.portfolio.PortfolioFilter;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcPortfolioQueries;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.PostgresqlServer;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;

/**
 * Many assessors on one team workspace at once (issue 19): CLIENTS simulated clients, each on its own connection to
 * one PostgreSQL server, for SECONDS. The server is the tests' throw-away one (store.PostgresqlServer): a temporary
 * cluster on 127.0.0.1 that is stopped and deleted when this program ends. Each client repeats what an assessor's
 * window does: open an assessment (read it, its answers to edit and its plan), autosave a few answers with a pause
 * for typing between them, sometimes save a plan item, now and then refresh the portfolio. A fifth of the openings go
 * to a few "hot" assessments that several people edit together, so some saves meet a newer version and are refused
 * (ChangedElsewhere): those are counted, and the client opens the assessment again as the window would.
 *
 * <p>Usage: TeamLoadBenchmark [ASSESSMENTS=1000] [SECONDS=60] [CLIENTS=25]. Not a unit test; run it by hand
 * (docs/team-mode.md, "Measured").
 */
public final class TeamLoadBenchmark {
    private static final String[] QUESTIONS = {"purpose_summary", "bench_q1", "bench_q2", "bench_q3", "bench_q4"};
    private static final int HOT = 10;

    private final Map<String, ConcurrentLinkedQueue<Long>> timings = new LinkedHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    private TeamLoadBenchmark() {
        for (String operation : List.of("open assessment", "autosave answer", "save plan item", "portfolio refresh")) {
            timings.put(operation, new ConcurrentLinkedQueue<>());
        }
    }

    public static void main(String[] args) throws Exception {
        int assessments = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int seconds = Math.min(600, args.length > 1 ? Integer.parseInt(args[1]) : 60);
        int clients = Math.min(100, args.length > 2 ? Integer.parseInt(args[2]) : 25);
        // Never left running: whatever happens, the program ends (and its server with it) well after its time.
        Thread guard = new Thread(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(seconds + 900L));
                System.err.println("team load benchmark: out of time, stopping");
                System.exit(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        guard.setDaemon(true);
        guard.start();

        PostgresqlServer.Database server = PostgresqlServer.newDatabase();
        long started = System.nanoTime();
        List<UUID> ids;
        try (WorkbenchDatabase database = WorkbenchDatabase.openServer(server.url(), server.user(), new char[0])) {
            PortfolioGenerator.generate(database, assessments, new Random(42));
            ids = new JdbcAssessmentRepository(database, TestClock.FIXED)
                    .list().stream().map(AssessmentSummary::id).toList();
        }
        System.out.printf(
                "generated %d assessments on PostgreSQL in %.1f s%n", ids.size(), (System.nanoTime() - started) / 1e9);

        TeamLoadBenchmark bench = new TeamLoadBenchmark();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        CountDownLatch done = new CountDownLatch(clients);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(
                    () -> {
                        try {
                            bench.client(server, ids, new Random(1000 + client), deadline);
                        } catch (RuntimeException e) {
                            bench.failed.incrementAndGet();
                            System.err.println("client " + client + " stopped: " + e);
                        } finally {
                            done.countDown();
                        }
                    },
                    "client-" + c);
            threads.add(t);
            t.start();
        }
        if (!done.await(seconds + 300L, TimeUnit.SECONDS)) {
            System.err.println("some clients did not finish in time");
        }
        bench.report(clients, ids.size(), seconds);
        System.exit(0);
    }

    private void client(PostgresqlServer.Database server, List<UUID> ids, Random random, long deadline) {
        try (WorkbenchDatabase database = WorkbenchDatabase.openServer(server.url(), server.user(), new char[0])) {
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(database, TestClock.FIXED);
            JdbcRegisterRepository registers = new JdbcRegisterRepository(database, TestClock.FIXED);
            JdbcPortfolioQueries portfolio = new JdbcPortfolioQueries(database);
            int round = 0;
            while (System.nanoTime() < deadline) {
                UUID id = random.nextInt(5) == 0 ? ids.get(random.nextInt(HOT)) : ids.get(random.nextInt(ids.size()));
                time("open assessment", () -> open(assessments, registers, id));
                int saves = 3 + random.nextInt(4);
                for (int i = 0; i < saves && System.nanoTime() < deadline; i++) {
                    pause(random, 50, 250);
                    String question = QUESTIONS[random.nextInt(QUESTIONS.length)];
                    Answer answer =
                            new Answer.Text("typed by " + Thread.currentThread().getName() + " " + i);
                    Progress progress = new Progress(1 + i % 12, 12);
                    try {
                        time("autosave answer", () -> assessments.saveAnswer(id, question, answer, progress));
                    } catch (ChangedElsewhere conflict) {
                        refused.incrementAndGet();
                        time("open assessment", () -> open(assessments, registers, id));
                    }
                }
                if (random.nextBoolean()) {
                    pause(random, 50, 250);
                    PlanItem item = new PlanItem(
                            UUID.randomUUID(),
                            "",
                            "Bench measure " + round,
                            List.of("risk-a"),
                            1,
                            0,
                            Mitigation.Effort.M,
                            PlanItem.Decision.ACCEPTED,
                            "",
                            "Owner 3",
                            LocalDate.of(2027, 3, 1),
                            PlanItem.Priority.MEDIUM,
                            PlanItem.Status.PLANNED,
                            "");
                    time("save plan item", () -> registers.savePlanItem(id, item));
                }
                if (round++ % 5 == 0) {
                    time("portfolio refresh", () -> {
                        portfolio.owners();
                        portfolio.snapshot(PortfolioFilter.ALL, PortfolioGenerator.TODAY);
                    });
                }
            }
        }
    }

    private static void open(JdbcAssessmentRepository assessments, JdbcRegisterRepository registers, UUID id) {
        assessments.find(id).orElseThrow();
        assessments.answersToEdit(id);
        registers.plan(id);
    }

    private void time(String operation, Runnable work) {
        long start = System.nanoTime();
        work.run();
        timings.get(operation).add(System.nanoTime() - start);
    }

    private static void pause(Random random, int from, int to) {
        try {
            Thread.sleep(from + random.nextInt(to - from));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void report(int clients, int assessments, int seconds) {
        System.out.printf(
                "%d clients, %d assessments, %d s, pauses of 50-250 ms between an assessor's saves%n",
                clients, assessments, seconds);
        for (Map.Entry<String, ConcurrentLinkedQueue<Long>> e : timings.entrySet()) {
            long[] nanos =
                    e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            if (nanos.length == 0) {
                System.out.printf("%-18s none%n", e.getKey());
                continue;
            }
            System.out.printf(
                    "%-18s %6d  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n",
                    e.getKey(),
                    nanos.length,
                    ms(nanos, 0.50),
                    ms(nanos, 0.95),
                    ms(nanos, 0.99),
                    nanos[nanos.length - 1] / 1e6);
        }
        System.out.printf(
                "refused writes (version conflicts): %d; clients that failed: %d%n", refused.get(), failed.get());
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
