package org.airisk.workbench.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.settings.TeamServer.Encryption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A team workspace's address: built from its fields only, read back from what a user types. */
class TeamServerTest {

    @Test
    void theDefaultIsVerifiedEncryptionWithTheAuthoritiesJavaTrusts() {
        TeamServer server = TeamServer.parse("postgresql://ana@db.example.org/portfolio", null);
        assertEquals(new TeamServer("db.example.org", 5432, "portfolio", "ana", Encryption.VERIFIED, ""), server);
        assertEquals(
                "jdbc:postgresql://db.example.org:5432/portfolio?sslmode=verify-full"
                        + "&sslfactory=org.postgresql.ssl.DefaultJavaSSLFactory",
                server.jdbcUrl());
    }

    @Test
    void aCertificateAuthorityFileGoesToTheDriverEscaped() {
        TeamServer server = new TeamServer(
                "db.example.org", 6543, "risk_board", "ana", Encryption.VERIFIED, "/etc/firm CA/root&1.crt");
        assertEquals(
                "jdbc:postgresql://db.example.org:6543/risk_board?sslmode=verify-full"
                        + "&sslrootcert=%2Fetc%2Ffirm%20CA%2Froot%261.crt",
                server.jdbcUrl());
        assertEquals(server, TeamServer.parse(server.address(), null), "the saved address reads back the same");
    }

    @ParameterizedTest
    @CsvSource({
        "jdbc:postgresql://127.0.0.1:5433/lib?sslmode=disable, jdbc:postgresql://127.0.0.1:5433/lib?sslmode=disable",
        "POSTGRESQL://[::1]/lib?sslmode=require, jdbc:postgresql://[::1]:5432/lib?sslmode=require",
    })
    void addressesReadAsTyped(String typed, String url) {
        assertEquals(url, TeamServer.parse(typed, "ana").jdbcUrl());
        assertEquals("ana", TeamServer.parse(typed, "ana").user());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "postgresql://ana@db/lib?socketFactory=x.Evil | only sslmode and sslrootcert",
                "postgresql://ana@db/lib?sslmode=allow | not one this program uses",
                "postgresql://ana:secret@db/lib | Leave the password out",
                "jdbc:h2:mem:x;INIT=RUNSCRIPT FROM 'f.sql' | is not a team workspace address",
                "postgresql://ana@db/x;y | not a database name",
                "postgresql://db/lib | Give the user name",
                "postgresql://ana@db:70000/lib | The port is a number",
            })
    void anythingElseIsRefusedSayingWhat(String typed, String said) {
        UserFacingProblem e = assertThrows(UserFacingProblem.class, () -> TeamServer.parse(typed, null));
        assertTrue(e.getMessage().contains(said), e.getMessage());
    }

    @Test
    void fieldsAreCheckedOneByOne() {
        assertThrows(UserFacingProblem.class, () -> new TeamServer("db;host", 5432, "lib", "ana", null, ""));
        assertThrows(UserFacingProblem.class, () -> new TeamServer("db", 0, "lib", "ana", null, ""));
        assertEquals(Encryption.VERIFIED, new TeamServer(" db ", 1, " lib ", " ana ", null, null).encryption());
    }

    @Test
    void namesAndAddressesAreToldApart() {
        assertTrue(TeamServer.isAddress("jdbc:postgresql://db/lib"));
        assertTrue(TeamServer.isAddress("postgresql://db/lib"));
        assertFalse(TeamServer.isAddress("team"));
    }
}
