package org.airisk.workbench.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.airisk.workbench.store.PostgresqlServer;

/**
 * Every answer save the load benchmark's clients made, to prove afterwards that none was lost. Each save writes a
 * value no other save writes ("[client-7 write 123]") and remembers the value its client saw in that answer when it
 * saved. {@link #replay} then reads the database: the audit trail gives the order in which the saves were committed
 * (its sequence per assessment; saves to one assessment are serialised by its row), and for every answer written
 *
 * <ul>
 *   <li>each successful save is in the trail once, and the save committed before it (or the value from before the
 *       run) is the one its client saw: no save wrote over another it had not seen;
 *   <li>the answer stored now is the last successful save, and its row version rose once per successful save;
 *   <li>no refused save (ChangedElsewhere) is stored or in the trail.
 * </ul>
 */
final class WriteLedger {
    /** What a client saw in an answer that no client of this run had written. */
    static final String BEFORE_RUN = "(before the run)";

    private static final Pattern VALUE = Pattern.compile("\\[client-\\d+ write \\d+]");

    /** One answer: an assessment and a question. */
    record Key(UUID assessment, String question) {}

    /** One save: the value written, the value its client saw there, and whether it was saved or refused. */
    record Write(Key key, String value, String seen, boolean saved) {}

    /** An answer as stored: the run's value in it (or {@link #BEFORE_RUN}) and its row version. */
    record Stored(String value, long version) {}

    /** What the replay found; {@link #lost} counts every broken rule above. */
    record Replay(int saved, int refused, int answers, int lost, List<String> problems) {
        String summary() {
            return "replayed %d saves and %d refused saves on %d answers; lost updates: %d"
                    .formatted(saved, refused, answers, lost);
        }
    }

    private final ConcurrentLinkedQueue<Write> writes = new ConcurrentLinkedQueue<>();
    private final Map<Key, Stored> before;

    private WriteLedger(Map<Key, Stored> before) {
        this.before = before;
    }

    /** Starts a ledger on the answers to {@code questions} as they are stored before the run. */
    static WriteLedger start(PostgresqlServer.Database server, Collection<String> questions) {
        return new WriteLedger(stored(server, questions));
    }

    /** The value a client writes in its {@code n}th save: no other save writes it. */
    static String value(String client, int n) {
        return "[" + client + " write " + n + "]";
    }

    /** The run's value in some stored or read text, or {@link #BEFORE_RUN} when there is none. */
    static String valueIn(Object text) {
        Matcher m = VALUE.matcher(String.valueOf(text));
        return m.find() ? m.group() : BEFORE_RUN;
    }

    void record(Key key, String value, String seen, boolean saved) {
        writes.add(new Write(key, value, seen, saved));
    }

    Replay replay(PostgresqlServer.Database server) {
        Set<String> questions = writes.stream().map(w -> w.key().question()).collect(Collectors.toSet());
        Map<Key, Stored> now = stored(server, questions);
        Map<String, List<Integer>> order = commitOrder(server, questions);
        Map<Key, List<Write>> saved = writes.stream().filter(Write::saved).collect(Collectors.groupingBy(Write::key));
        List<String> problems = new ArrayList<>();
        int answers = (int) writes.stream().map(Write::key).distinct().count();
        for (Map.Entry<Key, List<Write>> e : saved.entrySet()) {
            check(e.getKey(), e.getValue(), order, now, problems);
        }
        Set<String> found = new HashSet<>(order.keySet());
        now.values().forEach(s -> found.add(s.value()));
        writes.stream()
                .filter(w -> !w.saved() && found.contains(w.value()))
                .forEach(w -> problems.add(w.value() + " was refused but is in the database"));
        int refused = (int) writes.stream().filter(w -> !w.saved()).count();
        return new Replay(writes.size() - refused, refused, answers, problems.size(), problems);
    }

    private void check(
            Key key, List<Write> saves, Map<String, List<Integer>> order, Map<Key, Stored> now, List<String> problems) {
        List<Write> committed = new ArrayList<>();
        for (Write w : saves) {
            List<Integer> at = order.getOrDefault(w.value(), List.of());
            if (at.size() != 1) {
                problems.add(w.value() + " is in the audit trail " + at.size() + " times instead of once");
            } else {
                committed.add(w);
            }
        }
        committed.sort(Comparator.comparing(w -> order.get(w.value()).get(0)));
        String previous = BEFORE_RUN;
        for (Write w : committed) {
            if (!w.seen().equals(previous)) {
                problems.add(w.value() + " wrote over " + previous + " unseen (its client saw " + w.seen() + ")");
            }
            previous = w.value();
        }
        Stored stored = now.getOrDefault(key, new Stored(BEFORE_RUN, 0));
        if (!stored.value().equals(previous)) {
            problems.add(key + " holds " + stored.value() + " instead of its last save " + previous);
        }
        long rises = stored.version()
                - before.getOrDefault(key, new Stored(BEFORE_RUN, 0)).version();
        if (rises != saves.size()) {
            problems.add(key + ": version rose " + rises + " times for " + saves.size() + " saves");
        }
    }

    /** The answers to {@code questions}, with the run's value in each and its row version. */
    private static Map<Key, Stored> stored(PostgresqlServer.Database server, Collection<String> questions) {
        Map<Key, Stored> result = new HashMap<>();
        query(server, "SELECT assessment_id, question_id, text_value, row_version FROM answer", questions, rows -> {
            Key key = new Key(rows.getObject(1, UUID.class), rows.getString(2));
            result.put(key, new Stored(valueIn(rows.getString(3)), rows.getLong(4)));
        });
        return result;
    }

    /** Each of the run's values in the audit trail, with the sequence numbers it was recorded at. */
    private static Map<String, List<Integer>> commitOrder(
            PostgresqlServer.Database server, Collection<String> questions) {
        Map<String, List<Integer>> result = new HashMap<>();
        query(server, "SELECT after_value, sequence FROM audit_entry", questions, rows -> {
            String value = valueIn(rows.getString(1));
            if (!value.equals(BEFORE_RUN)) {
                result.computeIfAbsent(value, v -> new ArrayList<>()).add(rows.getInt(2));
            }
        });
        return result;
    }

    private interface Row {
        void read(ResultSet rows) throws SQLException;
    }

    private static void query(PostgresqlServer.Database server, String select, Collection<String> questions, Row row) {
        if (questions.isEmpty()) {
            return;
        }
        String column = select.contains("audit_entry") ? "subject" : "question_id";
        String sql = select + " WHERE " + column + " = ANY (?)";
        try (Connection c = DriverManager.getConnection(server.url(), server.user(), "");
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("varchar", questions.toArray()));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    row.read(rows);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the database for the replay", e);
        }
    }
}
