package org.airisk.workbench.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.airisk.workbench.catalog.FrameworkReferences;
import org.airisk.workbench.catalog.ImportedRisks;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.catalog.RiskCategory;
import org.airisk.workbench.catalog.RiskOrigin;

/** Imported Atlas risks in the imported_risk table. */
public final class JdbcImportedRisks implements ImportedRisks {
    private final Transactions transactions;
    private final Clock clock;

    public JdbcImportedRisks(WorkbenchDatabase database, Clock clock) {
        this.transactions = new Transactions(database);
        this.clock = clock;
    }

    @Override
    public List<Risk> all() {
        return transactions.run("read the imported risks", c -> {
            List<Risk> result = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                            "SELECT id, name, category, risk_group, origin, description FROM imported_risk ORDER BY id");
                    ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    result.add(new Risk(
                            rows.getString(1),
                            rows.getString(2),
                            RiskCategory.fromId(rows.getString(3)).orElse(RiskCategory.NON_TECHNICAL),
                            rows.getString(4),
                            RiskOrigin.fromId(rows.getString(5)).orElse(RiskOrigin.AMPLIFIED_BY_GENERATIVE_AI),
                            Set.of(),
                            rows.getString(6),
                            "",
                            List.of(),
                            FrameworkReferences.NONE));
                }
            }
            return result;
        });
    }

    @Override
    public void saveAll(List<Risk> risks) {
        transactions.run("save the imported risks", c -> {
            try (PreparedStatement s = c.prepareStatement(Upsert.sql(
                    "imported_risk",
                    "id",
                    "id, name, category, risk_group, origin, description, imported_at",
                    "?, ?, ?, ?, ?, ?, ?"))) {
                for (Risk risk : risks) {
                    s.setString(1, risk.id());
                    s.setString(2, risk.name());
                    s.setString(3, risk.category().id());
                    s.setString(4, risk.group());
                    s.setString(5, risk.origin().id());
                    s.setString(6, risk.description());
                    s.setObject(7, clock.instant().atOffset(ZoneOffset.UTC));
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }
}
