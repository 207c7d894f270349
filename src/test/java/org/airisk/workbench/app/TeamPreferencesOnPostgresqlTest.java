package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.settings.PreferenceKeys;
import org.airisk.workbench.settings.ReportBranding;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.store.JdbcAuditTrail;
import org.airisk.workbench.store.JdbcPreferences;
import org.airisk.workbench.store.PostgresqlServer;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Two people on one team workspace: each keeps their own details and window state; firm-wide settings are shared. */
@ExtendWith(PostgresqlServer.class)
class TeamPreferencesOnPostgresqlTest {
    @TempDir
    Path anasComputer;

    @TempDir
    Path bensComputer;

    private static WorkbenchDatabase open(PostgresqlServer.Database db) {
        return WorkbenchDatabase.openServer(db.url(), db.user(), new char[0]);
    }

    @Test
    void eachPersonSeesTheirOwnDetailsAndTheTrailRecordsWhoChanged() {
        PostgresqlServer.Database db = PostgresqlServer.newDatabase();
        try (WorkbenchDatabase anas = open(db);
                WorkbenchDatabase bens = open(db)) {
            WorkbenchServices ana = WorkbenchServices.of(anas, anasComputer, TestClock.FIXED);
            WorkbenchServices ben = WorkbenchServices.of(bens, bensComputer, TestClock.FIXED);
            new UserIdentity("Ana Lima", "Risk lead", "").save(ana.preferences());
            ana.preferences().put(Theme.PREFERENCE, "dark");
            ana.preferences().put(ReportBranding.ORGANISATION, "Example Firm");
            new UserIdentity("Ben Okafor", "Assessor", "").save(ben.preferences());

            assertEquals("Ana Lima", UserIdentity.read(ana.preferences()).name());
            assertEquals("Ben Okafor", UserIdentity.read(ben.preferences()).name());
            assertEquals(Optional.empty(), ben.preferences().get(Theme.PREFERENCE), "Ana's theme is hers");
            assertEquals(
                    Optional.of("Example Firm"),
                    ben.preferences().get(ReportBranding.ORGANISATION),
                    "report branding is the firm's");

            UUID id = ben.assessments()
                    .create(new NewAssessment("Support bot", "Bot", "Ben", "quick-check", 1))
                    .id();
            assertEquals(
                    "Ben Okafor",
                    new JdbcAuditTrail(bens, TestClock.FIXED, () -> UserIdentity.UNKNOWN)
                            .read(id)
                            .entries()
                            .get(0)
                            .user());
        }
    }

    @Test
    void theLastAssessmentIsRememberedPerServerAndDetailsOnlyOnThisComputer() {
        PostgresqlServer.Database first = PostgresqlServer.newDatabase();
        PostgresqlServer.Database second = PostgresqlServer.newDatabase();
        try (WorkbenchDatabase a = open(first);
                WorkbenchDatabase b = open(second)) {
            WorkbenchServices onA = WorkbenchServices.of(a, anasComputer, TestClock.FIXED);
            WorkbenchServices onB = WorkbenchServices.of(b, anasComputer, TestClock.FIXED);
            new UserIdentity("Ana Lima", "", "").save(onA.preferences());
            onA.preferences().put(PreferenceKeys.LAST_ASSESSMENT, "a-one");
            onB.preferences().put(PreferenceKeys.LAST_ASSESSMENT, "b-one");
            assertEquals(Optional.of("a-one"), onA.preferences().get(PreferenceKeys.LAST_ASSESSMENT));
            assertEquals("Ana Lima", UserIdentity.read(onB.preferences()).name(), "the same person on both");
            assertTrue(
                    new JdbcPreferences(a).get(UserIdentity.NAME).isEmpty(),
                    "nothing personal is written to the server");
        }
    }
}
