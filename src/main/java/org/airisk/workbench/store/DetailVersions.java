package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The versions of one detail of each assessment that is changed as a whole (its title, its scoring method) in the
 * detail_version table (V16, ADR 0040): read when the detail is read to be changed, checked and raised by the
 * change, so that a change based on what a colleague has since replaced is refused as a conflict.
 */
final class DetailVersions {
    static final String TITLE = "title";
    static final String SCORING_METHOD = "scoring_method";

    private final String detail;
    private final RowVersions versions = new RowVersions("detail_version", "detail");

    DetailVersions(String detail) {
        this.detail = detail;
    }

    /** Remembers the version now stored as the one this workbench's next change starts from. */
    void read(Connection c, UUID assessment) throws SQLException {
        Map<String, Long> read = new HashMap<>();
        try (PreparedStatement s =
                c.prepareStatement("SELECT row_version FROM detail_version WHERE assessment_id = ? AND detail = ?")) {
            s.setObject(1, assessment);
            s.setString(2, detail);
            try (ResultSet rows = s.executeQuery()) {
                if (rows.next()) {
                    read.put(detail, rows.getLong(1));
                }
            }
        }
        versions.read(assessment, read);
    }

    /**
     * Refuses the change when the detail was changed elsewhere since it was read here, else writes the next version
     * under {@code by}'s name. Call inside the change's transaction, before the change.
     *
     * @throws org.airisk.workbench.assessment.ChangedElsewhere naming who changed it, carrying what is stored now
     */
    long change(Connection c, UUID assessment, String what, RowVersions.Stored stored, String by, Instant at)
            throws SQLException {
        long version = check(c, assessment, what, stored);
        write(c, assessment, version, by, at);
        return version;
    }

    /** As {@link #change} without writing: returns the version {@link #write} is to write after the change. */
    long check(Connection c, UUID assessment, String what, RowVersions.Stored stored) throws SQLException {
        return versions.check(c, assessment, detail, what, stored);
    }

    /** Writes the version {@link #check} returned, once the change itself succeeded in the same transaction. */
    void write(Connection c, UUID assessment, long version, String by, Instant at) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(Upsert.sql(
                "detail_version",
                "assessment_id, detail",
                "assessment_id, detail, row_version, changed_by, updated_at",
                "CAST(? AS UUID), CAST(? AS VARCHAR), CAST(? AS BIGINT), CAST(? AS VARCHAR), "
                        + "CAST(? AS TIMESTAMP WITH TIME ZONE)"))) {
            s.setObject(1, assessment);
            s.setString(2, detail);
            s.setLong(3, version);
            s.setString(4, by);
            s.setObject(5, at.atOffset(ZoneOffset.UTC));
            s.executeUpdate();
        }
    }

    /** After the change's transaction committed: this workbench's own change is not a colleague's. */
    void changed(UUID assessment, long version) {
        versions.record(assessment, detail, version);
    }
}
