package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.h2.api.Trigger;

/**
 * H2's trigger (V14) keeping the portfolio's tallies in step with every write to the assessment table: an
 * assessment leaves the tally rows of what it was and joins those of what it is, when its day of change, owner,
 * status, review stage, highest level, risks above appetite or deletion change. PostgreSQL runs the same logic in
 * PL/pgSQL. Columns are found by name when the trigger starts, so columns added later do not move them.
 */
public final class PortfolioTallyTrigger implements Trigger {
    private static final String[] COLUMNS = {
        "updated_at", "owner", "status", "review_stage", "overall_level", "above_appetite_risks", "deleted_at"
    };
    private final int[] at = new int[COLUMNS.length];
    private String schema;
    private String table;
    private boolean located;

    /** Called as H2 opens the database: kept cheap (no metadata query) so as not to slow the app's start. */
    @Override
    public void init(Connection c, String schema, String trigger, String table, boolean before, int type) {
        this.schema = schema;
        this.table = table;
    }

    /** The columns' positions, found on the first write (by name, so columns added later do not move them). */
    private void locate(Connection c) throws SQLException {
        if (located) {
            return;
        }
        Map<String, Integer> positions = new HashMap<>();
        try (ResultSet columns = c.getMetaData().getColumns(null, schema, table, null)) {
            while (columns.next()) {
                positions.put(
                        columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        columns.getInt("ORDINAL_POSITION") - 1);
            }
        }
        for (int i = 0; i < COLUMNS.length; i++) {
            at[i] = Objects.requireNonNull(positions.get(COLUMNS[i]), COLUMNS[i]);
        }
        located = true;
    }

    /** What the tallies count of one assessment: null when it is deleted (counted nowhere). */
    private record Counted(LocalDate day, String owner, String status, String stage, String level, String risks) {
        List<String> riskIds() {
            List<String> ids = new ArrayList<>();
            for (String id : risks.split(",")) {
                if (!id.isEmpty()) {
                    ids.add(id);
                }
            }
            Collections.sort(ids); // one order of row locks for every writer, as on PostgreSQL
            return ids;
        }
    }

    private Counted counted(Object[] row) {
        if (row == null || row[at[6]] != null) {
            return null;
        }
        LocalDate day = ((OffsetDateTime) row[at[0]])
                .withOffsetSameInstant(ZoneOffset.UTC)
                .toLocalDate();
        return new Counted(
                day,
                (String) row[at[1]],
                (String) row[at[2]],
                (String) row[at[3]],
                Objects.toString(row[at[4]], ""),
                Objects.toString(row[at[5]], ""));
    }

    @Override
    public synchronized void fire(Connection c, Object[] oldRow, Object[] newRow) throws SQLException {
        locate(c);
        Counted was = counted(oldRow);
        Counted is = counted(newRow);
        if (Objects.equals(was, is)) {
            return; // most saves: an answer or a note, on the same day
        }
        if (was != null) {
            step(c, was, -1);
        }
        if (is != null) {
            step(c, is, 1);
        }
    }

    private static void step(Connection c, Counted a, int step) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("MERGE INTO portfolio_tally t USING (VALUES (?, ?, ?, ?, ?)) "
                + "v (changed_on, owner, status, review_stage, overall_level) ON t.changed_on = v.changed_on "
                + "AND t.owner = v.owner AND t.status = v.status AND t.review_stage = v.review_stage "
                + "AND t.overall_level = v.overall_level "
                + "WHEN MATCHED THEN UPDATE SET assessments = t.assessments + ? "
                + "WHEN NOT MATCHED THEN INSERT VALUES (v.changed_on, v.owner, v.status, v.review_stage, "
                + "v.overall_level, ?)")) {
            s.setObject(1, a.day());
            s.setString(2, a.owner());
            s.setString(3, a.status());
            s.setString(4, a.stage());
            s.setString(5, a.level());
            s.setInt(6, step);
            s.setInt(7, step);
            s.executeUpdate();
        }
        List<String> risks = a.riskIds();
        if (!risks.isEmpty()) {
            try (PreparedStatement s = c.prepareStatement("MERGE INTO portfolio_risk_tally t USING (VALUES "
                    + "(?, ?, ?, ?)) v (changed_on, status, review_stage, risk_id) ON t.changed_on = v.changed_on "
                    + "AND t.status = v.status AND t.review_stage = v.review_stage AND t.risk_id = v.risk_id "
                    + "WHEN MATCHED THEN UPDATE SET assessments = t.assessments + ? "
                    + "WHEN NOT MATCHED THEN INSERT VALUES (v.changed_on, v.status, v.review_stage, v.risk_id, ?)")) {
                for (String risk : risks) {
                    s.setObject(1, a.day());
                    s.setString(2, a.status());
                    s.setString(3, a.stage());
                    s.setString(4, risk);
                    s.setInt(5, step);
                    s.setInt(6, step);
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        if (step < 0) {
            try (PreparedStatement s = c.prepareStatement(
                    "DELETE FROM portfolio_tally WHERE assessments = 0 AND changed_on = ? AND owner = ?")) {
                s.setObject(1, a.day());
                s.setString(2, a.owner());
                s.executeUpdate();
            }
            try (PreparedStatement s =
                    c.prepareStatement("DELETE FROM portfolio_risk_tally WHERE assessments = 0 AND changed_on = ?")) {
                s.setObject(1, a.day());
                s.executeUpdate();
            }
        }
    }
}
