package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A library from before the portfolio's tallies (V13), upgraded on a computer far from UTC, gets tallies dated by
 * the UTC day of each change, as the trigger dates every later change. V14's first fill cast the change time to a
 * date in the session's time zone: on Kiritimati (UTC+14) a change at 23:30 UTC was counted a day late, and in
 * Los Angeles one at 00:30 UTC a day early, so the portfolio's "changed since" counts disagreed with the library.
 * The session's zone is set in the database address, not read from the machine.
 */
class TalliesFilledFarFromUtcTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"Pacific/Kiritimati", "America/Los_Angeles", "UTC"})
    void theTalliesCountEachChangeOnItsUtcDay(String zone) throws SQLException {
        String url = "jdbc:h2:file:" + folder.resolve("library") + ";TIME ZONE=" + zone;
        Flyway.configure()
                .dataSource(source(url))
                .locations(Migrations.locations(Migrations.H2))
                .target("13")
                .load()
                .migrate();
        try (Connection c = source(url).getConnection()) {
            insert(c, "2026-03-01T23:30:00Z", "HIGH", "atlas-hallucination");
            insert(c, "2026-03-02T00:30:00Z", "LOW", "");
            insert(c, "2026-03-02T10:30:00+14:00", "HIGH", "atlas-hallucination,atlas-data-bias");
            insert(c, "2026-03-01T14:30:00-10:00", "", "");
        }

        LocalMigration.migrate(url, null, folder.resolve("library.mv.db"));

        try (Connection c = source(url).getConnection()) {
            assertEquals(
                    Map.of(
                            "2026-03-01|HIGH", 2,
                            "2026-03-02|LOW", 1,
                            "2026-03-02|", 1),
                    counted(
                            c,
                            "SELECT changed_on, overall_level, SUM(assessments) FROM portfolio_tally "
                                    + "GROUP BY changed_on, overall_level"),
                    "assessments by the UTC day of their last change, upgraded in " + zone);
            assertEquals(
                    Map.of(
                            "2026-03-01|atlas-hallucination", 2,
                            "2026-03-01|atlas-data-bias", 1),
                    counted(
                            c,
                            "SELECT changed_on, risk_id, SUM(assessments) FROM portfolio_risk_tally "
                                    + "GROUP BY changed_on, risk_id"),
                    "risks above appetite by the UTC day, upgraded in " + zone);
        }
    }

    private static JdbcDataSource source(String url) {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url);
        source.setUser("sa");
        source.setPassword("");
        return source;
    }

    private static void insert(Connection c, String changed, String level, String risks) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO assessment (id, title, system_name, owner, "
                + "template_id, template_version, status, created_at, updated_at, overall_level, "
                + "above_appetite_risks) VALUES (?, 'A', 'S', 'Ana', 'foundation-model', 1, 'IN_PROGRESS', ?, ?, ?, "
                + "?)")) {
            OffsetDateTime at = OffsetDateTime.parse(changed);
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, at);
            s.setObject(3, at);
            s.setString(4, level.isEmpty() ? null : level);
            s.setString(5, risks);
            s.executeUpdate();
        }
    }

    private static Map<String, Integer> counted(Connection c, String sql) throws SQLException {
        Map<String, Integer> counts = new TreeMap<>();
        try (Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                counts.put(rows.getObject(1, LocalDate.class) + "|" + rows.getString(2), rows.getInt(3));
            }
        }
        return counts;
    }
}
