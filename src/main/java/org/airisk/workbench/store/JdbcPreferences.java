package org.airisk.workbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Optional;
import org.airisk.workbench.settings.Preferences;

/** Preferences kept in the database's preference table, beside the assessments they refer to. */
public final class JdbcPreferences implements Preferences {
    private final Transactions transactions;

    public JdbcPreferences(WorkbenchDatabase database) {
        this.transactions = new Transactions(database);
    }

    @Override
    public Optional<String> get(String key) {
        return transactions.run("read a preference", c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT text FROM preference WHERE name = ?")) {
                s.setString(1, key);
                try (ResultSet rows = s.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void put(String key, String value) {
        transactions.run("save a preference", c -> {
            try (PreparedStatement s = c.prepareStatement(Upsert.sql("preference", "name", "name, text", "?, ?"))) {
                s.setString(1, key);
                s.setString(2, value);
                s.executeUpdate();
            }
            return null;
        });
    }
}
