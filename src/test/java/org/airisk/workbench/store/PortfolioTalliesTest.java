package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import org.airisk.workbench.assessment.AssessmentSummary;
import org.airisk.workbench.bench.PortfolioGenerator;
import org.airisk.workbench.catalogdata.AtlasFileReader;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The portfolio's tallies (V14) stay equal to a count of the assessment table made from scratch after every kind
 * of write: creating, scoring and answering (the generator), renaming on another day, duplicating, deleting,
 * restoring, purging, moving through review, importing a package (as new and replacing) and bulk copies.
 */
class PortfolioTalliesTest {
    @TempDir
    Path folder;

    WorkbenchDatabase open() {
        return WorkbenchDatabase.open(folder);
    }

    /** The benchmark's bulk copies use H2's SQL. */
    boolean bulkCopies() {
        return true;
    }

    @Test
    void everyWritePathKeepsTheTalliesEqualToACountFromScratch() throws SQLException {
        try (WorkbenchDatabase database = open()) {
            PortfolioGenerator.generate(database, 30, new Random(8));
            check(database, "generated, scored and answered");
            TestClock.Settable clock = new TestClock.Settable();
            clock.set(TestClock.NOW.plus(Duration.ofDays(3)));
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(database, clock);
            List<UUID> ids =
                    assessments.list().stream().map(AssessmentSummary::id).toList();

            assessments.rename(ids.get(0), "Renamed three days on");
            check(database, "renamed");
            assessments.duplicate(ids.get(1), "A copy");
            check(database, "duplicated");
            assessments.delete(ids.get(2));
            check(database, "deleted");
            assessments.restore(ids.get(2));
            check(database, "restored");
            assessments.delete(ids.get(3));
            assessments.delete(ids.get(2)); // removes the one deleted before for good
            check(database, "deleted for good");
            assessments.dropDeleted();
            check(database, "purged");
            try (PreparedStatement s = database.connection()
                    .prepareStatement("UPDATE assessment SET review_stage = 'APPROVED' WHERE id = ?")) {
                s.setObject(1, ids.get(4));
                s.executeUpdate();
            }
            database.connection().commit();
            check(database, "approved");
            // An imported Atlas risk's id may be as long as the catalog allows: the tally keeps it whole.
            try (PreparedStatement s = database.connection()
                    .prepareStatement("UPDATE assessment SET above_appetite_risks = ? WHERE id = ?")) {
                s.setString(1, "atlas-" + "x".repeat(AtlasFileReader.MAX_ID - 6) + ",atlas-hallucination");
                s.setObject(2, ids.get(8));
                s.executeUpdate();
            }
            database.connection().commit();
            check(database, "a risk with the longest id above appetite");

            JdbcPackageStore packages = new JdbcPackageStore(database, clock);
            var packaged = packages.readWhole(List.of(ids.get(5), ids.get(6)));
            packages.importAll(packaged, PackageStore.Conflict.KEEP_BOTH);
            check(database, "imported as new");
            packages.importAll(packaged, PackageStore.Conflict.REPLACE);
            check(database, "imported over");

            if (bulkCopies()) {
                BulkCopies.add(database, ids.subList(7, 20), 250, 30, new Random(2));
                check(database, "bulk copies");
            }
        }
    }

    /** The tallies as stored, and as counted from the assessment table: the same rows, no zero left behind. */
    private static void check(WorkbenchDatabase database, String after) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, Integer> risks = new TreeMap<>();
        try (Statement s = database.connection().createStatement();
                ResultSet rows = s.executeQuery("SELECT updated_at, owner, status, review_stage, overall_level, "
                        + "above_appetite_risks FROM assessment WHERE deleted_at IS NULL")) {
            while (rows.next()) {
                String day = rows.getObject(1, OffsetDateTime.class)
                        .withOffsetSameInstant(ZoneOffset.UTC)
                        .toLocalDate()
                        .toString();
                String level = rows.getString(5) == null ? "" : rows.getString(5);
                counts.merge(
                        String.join("|", day, rows.getString(2), rows.getString(3), rows.getString(4), level),
                        1,
                        Integer::sum);
                String above = rows.getString(6) == null ? "" : rows.getString(6);
                for (String risk : above.split(",")) {
                    if (!risk.isEmpty()) {
                        risks.merge(String.join("|", day, rows.getString(3), rows.getString(4), risk), 1, Integer::sum);
                    }
                }
            }
        }
        assertFalse(counts.isEmpty());
        assertEquals(
                counts,
                stored(
                        database,
                        "SELECT changed_on, owner, status, review_stage, overall_level, "
                                + "assessments FROM portfolio_tally"),
                "counts after: " + after);
        assertEquals(
                risks,
                stored(
                        database,
                        "SELECT changed_on, status, review_stage, risk_id, assessments " + "FROM portfolio_risk_tally"),
                "risks after: " + after);
        database.connection().commit();
    }

    private static Map<String, Integer> stored(WorkbenchDatabase database, String sql) throws SQLException {
        Map<String, Integer> stored = new TreeMap<>();
        try (Statement s = database.connection().createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder key = new StringBuilder(rows.getObject(1).toString());
                for (int i = 2; i < columns; i++) {
                    key.append('|').append(rows.getString(i));
                }
                stored.put(key.toString(), rows.getInt(columns));
            }
        }
        return stored;
    }
}
