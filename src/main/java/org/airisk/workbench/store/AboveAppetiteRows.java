package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;

/**
 * The risks above appetite of each scored assessment, one row each (V12), written in the transaction that keeps the
 * assessment's results so that the portfolio never sees a count without its rows.
 */
final class AboveAppetiteRows {
    private AboveAppetiteRows() {
    }

    static void replace(Connection c, UUID assessment, Collection<String> riskIds) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM assessment_above_appetite WHERE assessment_id = ?")) {
            s.setObject(1, assessment);
            s.executeUpdate();
        }
        if (riskIds.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO assessment_above_appetite (assessment_id, risk_id) VALUES (?, ?)")) {
            for (String risk : riskIds) {
                s.setObject(1, assessment);
                s.setString(2, risk);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    static void copy(Connection c, UUID from, UUID to) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO assessment_above_appetite (assessment_id, risk_id) "
                + "SELECT ?, risk_id FROM assessment_above_appetite WHERE assessment_id = ?")) {
            s.setObject(1, to);
            s.setObject(2, from);
            s.executeUpdate();
        }
    }
}
