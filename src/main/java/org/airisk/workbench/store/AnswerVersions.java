package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.airisk.workbench.assessment.ChangedElsewhere;

/**
 * The version of each answer as this workbench last read or wrote it, so that a save over someone else's newer
 * save is refused instead of overwriting it (ADR 0023). Versions are remembered per assessment whose answers were
 * read here; an assessment never read here (a tool saving straight away) is saved as before, unchecked.
 */
final class AnswerVersions {
    /** What is saved now: its version, who saved it and when. */
    record Saved(long version, String by, OffsetDateTime at) {
    }

    /** Per assessment read here: question id to the version seen; a question not in it had no row then. */
    private final Map<UUID, Map<String, Long>> seen = new ConcurrentHashMap<>();

    /**
     * Replaces what was seen of {@code assessment} by a fresh read of all its answers. Called only once that read
     * has succeeded: a read failing half-way must not leave one's own saves looking like someone else's.
     */
    void read(UUID assessment, Map<String, Long> versionsRead) {
        seen.put(assessment, new ConcurrentHashMap<>(versionsRead));
    }

    void record(UUID assessment, String question, long version) {
        Map<String, Long> versions = seen.get(assessment);
        if (versions != null) {
            versions.put(question, version);
        }
    }

    /**
     * Locks the answer's row (when there is one) for this transaction and refuses the save when it was saved
     * elsewhere since this workbench saw it.
     *
     * @return the version the save will write
     * @throws ChangedElsewhere naming who saved it and when
     */
    long check(Connection c, UUID assessment, String question, String what) throws SQLException {
        Optional<Saved> now = saved(c, assessment, question);
        Map<String, Long> versions = seen.get(assessment);
        // Only a newer version is someone else's save: a row written outside the repository (an imported package,
        // an older version of the app) has version 0 and is not a conflict.
        if (versions != null && now.isPresent() && now.get().version() > versions.getOrDefault(question, 0L)) {
            throw new ChangedElsewhere(what, now.get().by(), now.get().at().toInstant());
        }
        return now.map(s -> s.version() + 1).orElse(1L);
    }

    private static Optional<Saved> saved(Connection c, UUID assessment, String question) throws SQLException {
        // FOR UPDATE: a save running at the same time elsewhere waits for this one, then finds the new version.
        try (PreparedStatement s = c.prepareStatement("SELECT row_version, changed_by, updated_at FROM answer "
                + "WHERE assessment_id = ? AND question_id = ? FOR UPDATE")) {
            s.setObject(1, assessment);
            s.setString(2, question);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? Optional.of(new Saved(rows.getLong(1), rows.getString(2),
                        rows.getObject(3, OffsetDateTime.class))) : Optional.empty();
            }
        }
    }
}
