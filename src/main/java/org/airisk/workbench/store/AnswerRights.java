package org.airisk.workbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Whether the account this workbench is connected with may change answers (ADR 0040). A team server is asked, from
 * the grants the roles script (team/roles.sql) gave: a reviewer's account may read answers but not update them, so
 * its window opens assessments read-only. A library on this computer is always the user's own to change.
 */
public final class AnswerRights {
    private final WorkbenchDatabase database;
    private final Transactions transactions;

    public AnswerRights(WorkbenchDatabase database) {
        this.database = database;
        this.transactions = new Transactions(database);
    }

    /** True unless the team server's grants keep this account from updating answers. Asks the server each time. */
    public boolean mayChangeAnswers() {
        if (!database.onServer()) {
            return true;
        }
        return transactions.run("ask the team server what your account may change", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT has_table_privilege(current_user, 'answer', "
                            + "'UPDATE') AND has_table_privilege(current_user, 'answer', 'INSERT')");
                    ResultSet rows = s.executeQuery()) {
                return rows.next() && rows.getBoolean(1);
            }
        });
    }
}
