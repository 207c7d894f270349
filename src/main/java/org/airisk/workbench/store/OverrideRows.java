package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.scoring.RatingOverride;

/** The rows of risk_override: the assessor's own ratings of risks, read and written inside the caller's transaction. */
final class OverrideRows {
    private OverrideRows() {}

    /** The overrides of an assessment by risk id; each one's row version goes into {@code versions}. */
    static Map<String, RatingOverride> all(Connection c, UUID assessment, Map<String, Long> versions)
            throws SQLException {
        Map<String, RatingOverride> result = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT risk_id, likelihood, impact, justification, "
                + "not_applicable, row_version FROM risk_override WHERE assessment_id = ? ORDER BY risk_id")) {
            s.setObject(1, assessment);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    RatingOverride o = override(rows);
                    result.put(o.riskId(), o);
                    versions.put(o.riskId(), rows.getLong("row_version"));
                }
            }
        }
        return result;
    }

    /** The saved override of one risk, or null. */
    static RatingOverride saved(Connection c, UUID assessment, String riskId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT risk_id, likelihood, impact, justification, "
                + "not_applicable FROM risk_override WHERE assessment_id = ? AND risk_id = ?")) {
            s.setObject(1, assessment);
            s.setString(2, riskId);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? override(rows) : null;
            }
        }
    }

    private static RatingOverride override(ResultSet rows) throws SQLException {
        return new RatingOverride(
                rows.getString(1), rows.getInt(2), rows.getInt(3), rows.getString(4), rows.getBoolean(5));
    }

    /** Adds or replaces one override inside the caller's transaction, as version {@code version} saved by {@code by}. */
    static void save(Connection c, UUID assessment, RatingOverride override, OffsetDateTime at, long version, String by)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(Upsert.sql(
                "risk_override",
                "assessment_id, risk_id",
                "assessment_id, risk_id, likelihood, impact, justification, updated_at, not_applicable, "
                        + "row_version, changed_by",
                "?, ?, ?, ?, ?, ?, ?, ?, ?"))) {
            s.setObject(1, assessment);
            s.setString(2, override.riskId());
            s.setInt(3, override.likelihood());
            s.setInt(4, override.impact());
            s.setString(5, override.justification());
            s.setObject(6, at);
            s.setBoolean(7, override.notApplicable());
            s.setLong(8, version);
            s.setString(9, by);
            s.executeUpdate();
        }
    }
}
