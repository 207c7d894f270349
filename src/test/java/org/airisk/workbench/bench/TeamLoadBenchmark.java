package org.airisk.workbench.bench;

import java.time.LocalDate;
import java.util.HashMap;
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
import org.airisk.workbench.assessment.RecordedAnswer;
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
 * (ChangedElsewhere): those are counted, and the client opens the assessment again as the window would. Every
 * answer save is kept in a {@link WriteLedger} and replayed against the database at the end: the program prints
 * "lost updates: N" and ends with exit code 1 unless N is 0 and every client ran to the end.
 *
 * <p>Usage: TeamLoadBenchmark [ASSESSMENTS=10000] [SECONDS=120] [CLIENTS=25]. The first 200 assessments are
 * generated and scored one by one, the rest copied from them in bulk. Not a unit test; run it by hand
 * (docs/team-mode.md, "Measured").
 */
public final class TeamLoadBenchmark {
    static final List<String> QUESTIONS = List.of("purpose_summary", "bench_q1", "bench_q2", "bench_q3", "bench_q4");
    private static final int HOT = 10;
    private static final int SCORED = 200;

    private final Map<String, ConcurrentLinkedQueue<Long>> timings = new LinkedHashMap<>();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final PostgresqlServer.Database server;
    private final List<UUID> ids;
    private final int hot;
    private final WriteLedger ledger;

    /** @param hot how many assessments get a fifth of the openings */
    TeamLoadBenchmark(PostgresqlServer.Database server, List<UUID> ids, int hot) {
        this.server = server;
        this.ids = ids;
        this.hot = hot;
        this.ledger = WriteLedger.start(server, QUESTIONS);
        for (String operation : List.of("open assessment", "autosave answer", "save plan item", "portfolio refresh")) {
            timings.put(operation, new ConcurrentLinkedQueue<>());
        }
    }

    public static void main(String[] args) throws Exception {
        int assessments = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int seconds = Math.min(600, args.length > 1 ? Integer.parseInt(args[1]) : 120);
        int clients = Math.min(100, args.length > 2 ? Integer.parseInt(args[2]) : 25);
        MachineLoad.stopAfter(seconds + 900L);
        PostgresqlServer.Database server = PostgresqlServer.newDatabase();
        List<UUID> ids = generate(server, assessments, SCORED);
        System.out.println("before the run: " + MachineLoad.now());
        TeamLoadBenchmark bench = new TeamLoadBenchmark(server, ids, HOT);
        bench.run(TimeUnit.SECONDS.toMillis(seconds), clients);
        System.out.println("after the run: " + MachineLoad.now());
        bench.report(clients, ids.size(), seconds);
        WriteLedger.Replay replay = bench.replay();
        replay.problems().stream().limit(20).forEach(System.out::println);
        System.out.println(replay.summary());
        System.exit(replay.lost() == 0 && bench.failed.get() == 0 ? 0 : 1);
    }

    static WorkbenchDatabase open(PostgresqlServer.Database server) {
        return WorkbenchDatabase.openServer(server.url(), server.user(), new char[0]);
    }

    /** Fills the server with {@code count} assessments, up to {@code scored} of them scored one by one. */
    static List<UUID> generate(PostgresqlServer.Database server, int count, int scored) {
        long started = System.nanoTime();
        try (WorkbenchDatabase database = open(server)) {
            PortfolioBenchmark.generate(database, count, scored);
            List<UUID> ids = new JdbcAssessmentRepository(database, TestClock.FIXED)
                    .list().stream().map(AssessmentSummary::id).toList();
            System.out.printf(
                    "generated %d assessments on PostgreSQL (%d scored, the rest copied) in %.1f s%n",
                    ids.size(), Math.min(count, scored), (System.nanoTime() - started) / 1e9);
            return ids;
        }
    }

    /** Runs {@code clients} clients, each on its own connection, for {@code millis}; returns when all stopped. */
    void run(long millis, int clients) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        CountDownLatch done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(
                    () -> {
                        try {
                            client(new Random(1000 + client), deadline);
                        } catch (RuntimeException e) {
                            failed.incrementAndGet();
                            System.err.println("client " + client + " stopped: " + e);
                        } finally {
                            done.countDown();
                        }
                    },
                    "client-" + c);
            t.start();
        }
        if (!done.await(millis / 1000 + 300L, TimeUnit.SECONDS)) {
            System.err.println("some clients did not finish in time");
            failed.incrementAndGet();
        }
    }

    WriteLedger.Replay replay() {
        return ledger.replay(server);
    }

    int failed() {
        return failed.get();
    }

    int refused() {
        return refused.get();
    }

    private void client(Random random, long deadline) {
        try (WorkbenchDatabase database = open(server)) {
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(database, TestClock.FIXED);
            JdbcRegisterRepository registers = new JdbcRegisterRepository(database, TestClock.FIXED);
            JdbcPortfolioQueries portfolio = new JdbcPortfolioQueries(database);
            String name = Thread.currentThread().getName();
            Map<String, String> seen = new HashMap<>();
            int round = 0;
            int written = 0;
            while (System.nanoTime() < deadline) {
                UUID id = random.nextInt(5) == 0 ? ids.get(random.nextInt(hot)) : ids.get(random.nextInt(ids.size()));
                time("open assessment", () -> open(assessments, registers, id, seen));
                int saves = 3 + random.nextInt(4);
                for (int i = 0; i < saves && System.nanoTime() < deadline; i++) {
                    pause(random, 50, 250);
                    String question = QUESTIONS.get(random.nextInt(QUESTIONS.size()));
                    String value = WriteLedger.value(name, ++written);
                    Progress progress = new Progress(1 + i % 12, 12);
                    WriteLedger.Key key = new WriteLedger.Key(id, question);
                    try {
                        time(
                                "autosave answer",
                                () -> assessments.saveAnswer(id, question, new Answer.Text(value), progress));
                        String before = seen.put(question, value);
                        ledger.record(key, value, before, true);
                    } catch (ChangedElsewhere conflict) {
                        refused.incrementAndGet();
                        ledger.record(key, value, seen.get(question), false);
                        time("open assessment", () -> open(assessments, registers, id, seen));
                    }
                }
                if (random.nextBoolean()) {
                    pause(random, 50, 250);
                    PlanItem item = planItem(round);
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

    private static PlanItem planItem(int round) {
        return new PlanItem(
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
    }

    /** Opens the assessment as the window does, noting the run's value the client now sees in each answer. */
    private static void open(
            JdbcAssessmentRepository assessments, JdbcRegisterRepository registers, UUID id, Map<String, String> seen) {
        assessments.find(id).orElseThrow();
        Map<String, RecordedAnswer> answers = assessments.answersToEdit(id);
        seen.clear();
        for (String question : QUESTIONS) {
            RecordedAnswer answer = answers.get(question);
            seen.put(question, WriteLedger.valueIn(answer == null ? null : answer.answer()));
        }
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
