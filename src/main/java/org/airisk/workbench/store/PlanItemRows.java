package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.scoring.PlanItem;

/** The rows of plan_item: the mitigation plan's items, read and written inside the caller's transaction. */
final class PlanItemRows {
    private PlanItemRows() {}

    /** The plan's items in their order; each one's row version goes into {@code versions}. */
    static List<PlanItem> all(Connection c, UUID assessment, Map<String, Long> versions) throws SQLException {
        List<PlanItem> items = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT * FROM plan_item WHERE assessment_id = ? " + "ORDER BY position, updated_at")) {
            s.setObject(1, assessment);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    PlanItem item = item(rows);
                    items.add(item);
                    versions.put(item.id().toString(), rows.getLong("row_version"));
                }
            }
        }
        return items;
    }

    /** The saved plan item, or null. */
    static PlanItem saved(Connection c, UUID assessment, UUID item) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM plan_item WHERE assessment_id = ? AND id = ?")) {
            s.setObject(1, assessment);
            s.setObject(2, item);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? item(rows) : null;
            }
        }
    }

    private static PlanItem item(ResultSet rows) throws SQLException {
        return new PlanItem(
                rows.getObject("id", UUID.class),
                rows.getString("mitigation_id"),
                rows.getString("title"),
                Arrays.asList(rows.getString("risks").split(",")),
                rows.getInt("reduces_likelihood"),
                rows.getInt("reduces_impact"),
                Mitigation.Effort.valueOf(rows.getString("effort")),
                PlanItem.Decision.valueOf(rows.getString("decision")),
                rows.getString("reason"),
                rows.getString("owner"),
                rows.getObject("due_date", LocalDate.class),
                PlanItem.Priority.valueOf(rows.getString("priority")),
                PlanItem.Status.valueOf(rows.getString("status")),
                rows.getString("notes"));
    }

    /**
     * Adds or replaces one plan item of this assessment inside the caller's transaction; a new item goes last. An item
     * is keyed by its assessment and its id, so another assessment's item with the same id is never touched.
     */
    static void save(Connection c, UUID assessment, PlanItem item, OffsetDateTime at, long version, String by)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(Upsert.sql(
                "plan_item",
                "assessment_id, id",
                "assessment_id, id, position, "
                        + "mitigation_id, title, risks, reduces_likelihood, reduces_impact, effort, decision, reason, "
                        + "owner, due_date, priority, status, notes, updated_at, row_version, changed_by",
                "?, ?, "
                        + "COALESCE((SELECT position FROM plan_item WHERE assessment_id = ? AND id = ?), (SELECT COUNT(*) "
                        + "FROM plan_item WHERE assessment_id = ?)), ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS DATE), ?, ?, ?, ?, "
                        + "?, ?"))) {
            int i = 1;
            s.setObject(i++, assessment);
            s.setObject(i++, item.id());
            s.setObject(i++, assessment);
            s.setObject(i++, item.id());
            s.setObject(i++, assessment);
            s.setString(i++, item.mitigationId());
            s.setString(i++, item.title());
            s.setString(i++, String.join(",", item.risks()));
            s.setInt(i++, item.reducesLikelihood());
            s.setInt(i++, item.reducesImpact());
            s.setString(i++, item.effort().name());
            s.setString(i++, item.decision().name());
            s.setString(i++, item.reason());
            s.setString(i++, item.owner());
            s.setObject(i++, item.due());
            s.setString(i++, item.priority().name());
            s.setString(i++, item.status().name());
            s.setString(i++, item.notes());
            s.setObject(i++, at);
            s.setLong(i++, version);
            s.setString(i, by);
            s.executeUpdate();
        }
    }
}
