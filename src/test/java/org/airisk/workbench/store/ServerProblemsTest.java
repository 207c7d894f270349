package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** PostgreSQL's refusals told apart: a wrong password is not a server that refuses this kind of connection. */
class ServerProblemsTest {
    private static final String URL = "jdbc:postgresql://db.example:5432/risks?sslmode=disable";

    private static String said(String message, String state) {
        return ServerDatabase.problem(URL, new SQLException(message, state)).getMessage();
    }

    @Test
    void onlyAWrongPasswordOrUnknownUserIsCalledThat() {
        assertEquals(
                "The team workspace at db.example:5432/risks refused the user name or the password. Check "
                        + "both (the password is case-sensitive) and try again.",
                said("FATAL: password authentication failed for user \"ana\"", "28P01"));
        assertTrue(
                said("FATAL: role \"anna\" does not exist", "28000").contains("refused the user name or the password"));
    }

    @Test
    void aServerThatWantsEncryptionSaysSoAndWhatToChoose() {
        String told = said(
                "FATAL: no pg_hba.conf entry for host \"10.0.0.7\", user \"ana\", database \"risks\", "
                        + "no encryption",
                "28000");
        assertFalse(told.contains("password"), told);
        assertEquals(
                "The team workspace at db.example:5432/risks refuses this kind of connection: it takes "
                        + "encrypted connections only. Choose an encrypted connection and try again; ask your administrator "
                        + "if it still refuses.",
                told);
    }

    @Test
    void aServerWhoseRulesLeaveThisComputerOutSaysSo() {
        String told = said(
                "FATAL: no pg_hba.conf entry for host \"10.0.0.7\", user \"ana\", database \"risks\", "
                        + "SSL encryption",
                "28000");
        assertEquals(
                "The team workspace at db.example:5432/risks refuses this kind of connection: its rules do "
                        + "not let this user in from this computer. Ask your administrator to allow it.",
                told);
    }

    @Test
    void aServerWithoutEncryptionIsToldByItsCodeWhateverTheLanguageOfTheDriver() {
        // The driver words its messages in the machine's language: French here, as on a French desktop.
        String told = ServerDatabase.problem(
                        "jdbc:postgresql://db.example:5432/risks?sslmode=verify-full",
                        new SQLException("Le serveur ne supporte pas SSL.", "08004"))
                .getMessage();
        assertTrue(told.contains("does not offer encrypted connections"), told);
    }
}
