package org.airisk.workbench.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.PostgresqlServer;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The load benchmark's proof that no update is lost (issue 19), on a small scale: a few clients editing a hundred
 * assessments on one throw-away PostgreSQL server, and the replay of their writes; and the replay catching a save
 * written over unseen and a refused save that is stored all the same.
 */
@ExtendWith(PostgresqlServer.class)
class NoLostUpdatesOnPostgresqlTest {
    private static final Progress PROGRESS = new Progress(1, 12);

    private PostgresqlServer.Database server;
    private List<UUID> ids;

    @BeforeEach
    void fill() {
        server = PostgresqlServer.newDatabase();
        ids = TeamLoadBenchmark.generate(server, 100, 10);
    }

    @Test
    void clientsEditingTheSameAssessmentsLoseNoUpdate() throws InterruptedException {
        TeamLoadBenchmark bench = new TeamLoadBenchmark(server, ids, 2);

        bench.run(3_000, 5);

        WriteLedger.Replay replay = bench.replay();
        assertThat(bench.failed()).isZero();
        assertThat(replay.problems()).isEmpty();
        assertThat(replay.lost()).isZero();
        assertThat(replay.saved()).isGreaterThan(50);
        assertThat(replay.refused()).isEqualTo(bench.refused()).isPositive();
        assertThat(ids).hasSize(100);
    }

    @Test
    void theReplayFindsASaveWrittenOverUnseenAndARefusedSaveThatIsStored() {
        WriteLedger ledger = WriteLedger.start(server, TeamLoadBenchmark.QUESTIONS);
        UUID id = ids.get(0);
        WriteLedger.Key key = new WriteLedger.Key(id, "bench_q1");
        try (WorkbenchDatabase first = TeamLoadBenchmark.open(server);
                WorkbenchDatabase second = TeamLoadBenchmark.open(server)) {
            JdbcAssessmentRepository mine = new JdbcAssessmentRepository(first, TestClock.FIXED);
            JdbcAssessmentRepository theirs = new JdbcAssessmentRepository(second, TestClock.FIXED);
            mine.answersToEdit(id);
            theirs.answersToEdit(id);
            save(ledger, mine, key, WriteLedger.value("client-1", 1), WriteLedger.BEFORE_RUN);
            // Written over without having seen client-1's save: what the benchmark must never see succeed.
            theirs.overwriteAnswer(id, "bench_q1", new Answer.Text(WriteLedger.value("client-2", 1)), PROGRESS);
            ledger.record(key, WriteLedger.value("client-2", 1), WriteLedger.BEFORE_RUN, true);
            // Recorded as refused, yet stored.
            theirs.overwriteAnswer(id, "bench_q1", new Answer.Text(WriteLedger.value("client-2", 2)), PROGRESS);
            ledger.record(key, WriteLedger.value("client-2", 2), WriteLedger.value("client-2", 1), false);
        }

        WriteLedger.Replay replay = ledger.replay(server);

        assertThat(replay.problems())
                .containsExactlyInAnyOrder(
                        "[client-2 write 1] wrote over [client-1 write 1] unseen (its client saw (before the run))",
                        key + " holds [client-2 write 2] instead of its last save [client-2 write 1]",
                        key + ": version rose 3 times for 2 saves",
                        "[client-2 write 2] was refused but is in the database");
        assertThat(replay.lost()).isEqualTo(4);
    }

    private static void save(
            WriteLedger ledger, JdbcAssessmentRepository repository, WriteLedger.Key key, String value, String seen) {
        repository.saveAnswer(key.assessment(), key.question(), new Answer.Text(value), PROGRESS);
        ledger.record(key, value, seen, true);
    }
}
