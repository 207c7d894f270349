package org.airisk.workbench.store;

import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.airisk.workbench.assessment.NotAllowed;

/**
 * A team server refusing a change because of who is asking (ADR 0037): the roles script (team/roles.sql) lets
 * reviewers record decisions but not change answers, and assessors change content but not record decisions. The
 * refusal becomes a sentence naming the account's role and what it may do instead, never an error code.
 */
final class ServerPermissions {
    /** PostgreSQL's code for "permission denied" (insufficient_privilege). */
    static final String REFUSED = "42501";

    static final String ADMIN = "airisk_admin";
    static final String ASSESSOR = "airisk_assessor";
    static final String REVIEWER = "airisk_reviewer";

    private ServerPermissions() {}

    /** Whether {@code e}, or the statement of a batch it reports, is the server refusing the account. */
    static boolean isRefusal(SQLException e) {
        if (REFUSED.equals(e.getSQLState())) {
            return true;
        }
        return e instanceof BatchUpdateException && e.getNextException() != null && isRefusal(e.getNextException());
    }

    /**
     * The refusal for the user, after asking the server which of the workbench's roles the account is in (the
     * transaction has been rolled back, so the connection answers).
     */
    static NotAllowed refused(Connection connection, String what, SQLException e) {
        Set<String> roles = new HashSet<>();
        String account = "";
        try (PreparedStatement s = connection.prepareStatement("SELECT current_user, r.rolname FROM pg_roles r "
                + "WHERE r.rolname IN (?, ?, ?) AND pg_has_role(current_user, r.oid, 'MEMBER')")) {
            s.setString(1, ADMIN);
            s.setString(2, ASSESSOR);
            s.setString(3, REVIEWER);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    account = rows.getString(1);
                    roles.add(rows.getString(2));
                }
            }
            connection.commit();
        } catch (SQLException unknown) {
            roles.clear(); // the general sentence below still holds
        }
        return new NotAllowed(message(what, roles, account), e);
    }

    /** One sentence by the account's roles: what it cannot do, what it can, and whom to ask. */
    static String message(String what, Set<String> roles, String account) {
        String refused = "Could not " + what + ": ";
        boolean reviewer = roles.contains(REVIEWER);
        boolean assessor = roles.contains(ASSESSOR);
        if (reviewer && !assessor && !roles.contains(ADMIN)) {
            return refused + "your server account is a reviewer's: it cannot change answers, notes, evidence, "
                    + "overrides or the plan; it can move reviews on, record decisions and sign-offs, and comment. "
                    + "If you should be editing, ask your administrator to add your account to the assessors.";
        }
        if (assessor && !reviewer && !roles.contains(ADMIN)) {
            return refused + "your server account is an assessor's: it can change assessments and comment, but not "
                    + "record review decisions or sign-offs, nor change the workspace's tables. If you sit on the "
                    + "board, ask your administrator to add your account to the reviewers.";
        }
        return refused + "the team server refused it to your account" + (account.isEmpty() ? "" : " (" + account + ")")
                + ". Ask your administrator to make your account an assessor or a reviewer of the workspace.";
    }
}
