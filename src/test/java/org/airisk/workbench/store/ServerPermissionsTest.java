package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sentence a refusal by the team server becomes, by the account's roles (the server's side: TeamRolesOnPostgresqlTest). */
class ServerPermissionsTest {
    @Test
    void aReviewerIsToldAnswersAreNotTheirsToChangeAndWhatTheyMayDo() {
        String m = ServerPermissions.message("save the answer", Set.of(ServerPermissions.REVIEWER), "bo");
        assertEquals(
                "Could not save the answer: your server account is a reviewer's: it cannot change answers, "
                        + "notes, evidence, overrides or the plan; it can move reviews on, record decisions and sign-offs, and "
                        + "comment. If you should be editing, ask your administrator to add your account to the assessors.",
                m);
    }

    @Test
    void anAssessorIsToldDecisionsAreTheBoardsAndWhomToAsk() {
        String m = ServerPermissions.message("record the decision", Set.of(ServerPermissions.ASSESSOR), "ann");
        assertTrue(m.startsWith("Could not record the decision: your server account is an assessor's: "), m);
        assertTrue(m.contains("not record review decisions or sign-offs"), m);
        assertTrue(m.endsWith("add your account to the reviewers."), m);
    }

    @Test
    void anAccountInBothRolesOrNoneIsToldItsNameAndToAskForARole() {
        for (Set<String> roles :
                List.of(Set.<String>of(), Set.of(ServerPermissions.ASSESSOR, ServerPermissions.REVIEWER))) {
            String m = ServerPermissions.message("save the plan item", roles, "cy");
            assertEquals(
                    "Could not save the plan item: the team server refused it to your account (cy). Ask your "
                            + "administrator to make your account an assessor or a reviewer of the workspace.",
                    m);
        }
        assertFalse(ServerPermissions.message("save", Set.of(), "").contains("()"), "no empty name");
    }

    @Test
    void aRefusalIsFoundByItsCodeAlsoInsideABatch() {
        assertTrue(ServerPermissions.isRefusal(new SQLException("permission denied for table answer", "42501")));
        assertFalse(ServerPermissions.isRefusal(new SQLException("duplicate key", "23505")));
        BatchUpdateException batch = new BatchUpdateException("batch failed", "", new int[0]);
        assertFalse(ServerPermissions.isRefusal(batch));
        batch.setNextException(new SQLException("permission denied for table review_condition", "42501"));
        assertTrue(ServerPermissions.isRefusal(batch));
    }
}
