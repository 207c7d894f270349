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
 * The version of each row of one table (answers, plan items, rating overrides) as this workbench last read or wrote
 * it, so that a save over someone else's newer save is refused instead of overwriting it (ADR 0023, 0036). Versions
 * are remembered per assessment whose rows were read into an editor here; an assessment never read so (a tool saving
 * straight away) is saved as before, unchecked.
 */
final class RowVersions {
    /** What is saved now: its version, who saved it and when. */
    record Saved(long version, String by, OffsetDateTime at) {}

    /** What a save may write: the version, and the save it writes over when the assessor chose to keep theirs. */
    record Checked(long version, Optional<Saved> writtenOver) {}

    /** Reads what is stored now in the row being saved, for the conflict shown to the assessor. */
    interface Stored {
        Object read() throws SQLException;
    }

    private final String table;
    private final String keyColumn;
    /** Per assessment read here: row key to the version seen; a key not in it had no row then. */
    private final Map<UUID, Map<String, Long>> seen = new ConcurrentHashMap<>();

    /** @param keyColumn the column that, with assessment_id, names one row */
    RowVersions(String table, String keyColumn) {
        this.table = table;
        this.keyColumn = keyColumn;
    }

    /**
     * Replaces what was seen of {@code assessment} by a fresh read of all its rows. Called only once that read has
     * succeeded: a read failing half-way must not leave one's own saves looking like someone else's.
     */
    void read(UUID assessment, Map<String, Long> versionsRead) {
        seen.put(assessment, new ConcurrentHashMap<>(versionsRead));
    }

    void record(UUID assessment, Object key, long version) {
        Map<String, Long> versions = seen.get(assessment);
        if (versions != null) {
            versions.put(key.toString(), version);
        }
    }

    /**
     * Locks the row (when there is one) for this transaction and refuses the save when it was saved elsewhere since
     * this workbench saw it.
     *
     * @return the version the save will write
     * @throws ChangedElsewhere naming who saved it and when, and carrying what {@code stored} reads
     */
    long check(Connection c, UUID assessment, Object key, String what, Stored stored) throws SQLException {
        return check(c, assessment, key, what, stored, false).version();
    }

    /** As {@link #check}; with {@code over}, a newer save is not refused but returned, to be written over knowingly. */
    Checked check(Connection c, UUID assessment, Object key, String what, Stored stored, boolean over)
            throws SQLException {
        Optional<Saved> now = saved(c, assessment, key);
        Map<String, Long> versions = seen.get(assessment);
        // Only a newer version is someone else's save: a row written outside the repository (an older version of
        // the app) has version 0 and is not a conflict.
        boolean newer =
                versions != null && now.isPresent() && now.get().version() > versions.getOrDefault(key.toString(), 0L);
        if (newer && !over) {
            throw new ChangedElsewhere(what, now.get().by(), now.get().at().toInstant(), stored.read());
        }
        return new Checked(now.map(s -> s.version() + 1).orElse(1L), newer ? now : Optional.empty());
    }

    private Optional<Saved> saved(Connection c, UUID assessment, Object key) throws SQLException {
        // FOR UPDATE: a save running at the same time elsewhere waits for this one, then finds the new version.
        try (PreparedStatement s = c.prepareStatement("SELECT row_version, changed_by, updated_at FROM " + table
                + " WHERE assessment_id = ? AND " + keyColumn + " = ? FOR UPDATE")) {
            s.setObject(1, assessment);
            s.setObject(2, key);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next()
                        ? Optional.of(
                                new Saved(rows.getLong(1), rows.getString(2), rows.getObject(3, OffsetDateTime.class)))
                        : Optional.empty();
            }
        }
    }
}
