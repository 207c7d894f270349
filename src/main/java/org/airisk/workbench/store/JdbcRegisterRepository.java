package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.airisk.workbench.audit.AuditEvent;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.audit.AuditValues;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.RegisterRepository;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.scoring.UnreadableMethod;
import org.airisk.workbench.settings.UserIdentity;

/** Scoring methods, overrides and mitigation plans in the H2 tables; each change also marks the assessment updated. */
public final class JdbcRegisterRepository implements RegisterRepository {
    private final Transactions transactions;
    private final Clock clock;
    private final JdbcAuditTrail audit;
    private final Supplier<UserIdentity> user;
    /** What this workbench last saw of each override and plan item, so a save never overwrites another's unseen. */
    private final RowVersions overrideVersions = new RowVersions("risk_override", "risk_id");

    private final RowVersions planVersions = new RowVersions("plan_item", "id");
    /** What this workbench last saw of each assessment's scoring method (V16). */
    private final DetailVersions methodVersions = new DetailVersions(DetailVersions.SCORING_METHOD);

    /** Records changes under the name the library's preferences hold (Edit › Your details). */
    public JdbcRegisterRepository(WorkbenchDatabase database, Clock clock) {
        this(database, clock, JdbcAuditTrail.savedUser(database));
    }

    /** @param user who is working, asked at each change for its audit entry */
    public JdbcRegisterRepository(WorkbenchDatabase database, Clock clock, Supplier<UserIdentity> user) {
        this.transactions = new Transactions(database);
        this.clock = clock;
        this.audit = new JdbcAuditTrail(database, clock, user);
        this.user = user;
    }

    @Override
    public Optional<ScoringMethod> method(UUID assessment) {
        return transactions.run("read the scoring method", c -> storedMethod(c, assessment));
    }

    @Override
    public Optional<ScoringMethod> methodToEdit(UUID assessment) {
        return transactions.run("read the scoring method", c -> {
            Optional<ScoringMethod> stored = storedMethod(c, assessment);
            methodVersions.read(c, assessment);
            return stored;
        });
    }

    private static Optional<ScoringMethod> storedMethod(Connection c, UUID assessment) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT scoring_method FROM assessment WHERE id = ?")) {
            s.setObject(1, assessment);
            try (ResultSet rows = s.executeQuery()) {
                String stored = rows.next() ? rows.getString(1) : null;
                if (stored == null) {
                    return Optional.empty(); // never scored
                }
                // A damaged value is not "never scored": that would save the current method over it for good.
                return Optional.of(ScoringMethod.decode(stored).orElseThrow(UnreadableMethod::new));
            }
        }
    }

    @Override
    public void saveMethod(UUID assessment, ScoringMethod method) {
        long version = transactions.run("save the scoring method", c -> {
            ReviewLock.refuseChanges(c, assessment);
            long written = methodVersions.check(
                    c,
                    assessment,
                    "the scoring method",
                    () -> storedMethod(c, assessment).orElse(null));
            // Not a change to the assessment's content: opening it for the first time records its method.
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE assessment SET scoring_method = ? " + "WHERE id = ? AND deleted_at IS NULL")) {
                s.setString(1, method.encode());
                s.setObject(2, assessment);
                requireOne(s.executeUpdate(), assessment);
            }
            methodVersions.write(c, assessment, written, user.get().recordedName(), clock.instant());
            return written;
        });
        methodVersions.changed(assessment, version);
    }

    @Override
    public Map<String, RatingOverride> overrides(UUID assessment) {
        return overrides(assessment, false);
    }

    @Override
    public Map<String, RatingOverride> overridesToEdit(UUID assessment) {
        return overrides(assessment, true);
    }

    private Map<String, RatingOverride> overrides(UUID assessment, boolean toEdit) {
        return transactions.run("read the overrides", c -> {
            Map<String, Long> read = new HashMap<>();
            Map<String, RatingOverride> result = OverrideRows.all(c, assessment, read);
            if (toEdit) {
                overrideVersions.read(assessment, read);
            }
            return result;
        });
    }

    @Override
    public void saveOverride(UUID assessment, RatingOverride override) {
        saveOverride(assessment, override, false);
    }

    @Override
    public void overwriteOverride(UUID assessment, RatingOverride override) {
        saveOverride(assessment, override, true);
    }

    private void saveOverride(UUID assessment, RatingOverride override, boolean over) {
        long saved = transactions.run("save the override", c -> {
            ReviewLock.refuseChanges(c, assessment);
            touch(c, assessment);
            RatingOverride before = OverrideRows.saved(c, assessment, override.riskId());
            RowVersions.Checked checked = overrideVersions.check(
                    c, assessment, override.riskId(), "the rating of this risk", () -> before, over);
            Overwrites.record(audit, c, assessment, override.riskId(), checked);
            OverrideRows.save(
                    c,
                    assessment,
                    override,
                    now(),
                    checked.version(),
                    user.get().recordedName());
            audit.append(
                    c,
                    new AuditEvent(
                            assessment,
                            AuditValues.kindOf(before, override),
                            override.riskId(),
                            AuditValues.of(before),
                            AuditValues.of(override)));
            return checked.version();
        });
        overrideVersions.record(assessment, override.riskId(), saved);
    }

    @Override
    public void removeOverride(UUID assessment, String riskId) {
        transactions.run("remove the override", c -> {
            ReviewLock.refuseChanges(c, assessment);
            touch(c, assessment);
            RatingOverride before = OverrideRows.saved(c, assessment, riskId);
            overrideVersions.check(c, assessment, riskId, "the rating of this risk", () -> before);
            try (PreparedStatement s =
                    c.prepareStatement("DELETE FROM risk_override WHERE assessment_id = ? " + "AND risk_id = ?")) {
                s.setObject(1, assessment);
                s.setString(2, riskId);
                s.executeUpdate();
            }
            audit.append(
                    c,
                    new AuditEvent(assessment, AuditValues.kindOf(before, null), riskId, AuditValues.of(before), null));
            return null;
        });
    }

    @Override
    public MitigationPlan plan(UUID assessment) {
        return plan(assessment, false);
    }

    @Override
    public MitigationPlan planToEdit(UUID assessment) {
        return plan(assessment, true);
    }

    private MitigationPlan plan(UUID assessment, boolean toEdit) {
        return transactions.run("read the mitigation plan", c -> {
            Map<String, Long> read = new HashMap<>();
            List<PlanItem> items = PlanItemRows.all(c, assessment, read);
            if (toEdit) {
                planVersions.read(assessment, read);
            }
            return new MitigationPlan(items);
        });
    }

    @Override
    public void savePlanItem(UUID assessment, PlanItem item) {
        savePlanItem(assessment, item, false);
    }

    @Override
    public void overwritePlanItem(UUID assessment, PlanItem item) {
        savePlanItem(assessment, item, true);
    }

    private void savePlanItem(UUID assessment, PlanItem item, boolean over) {
        long saved = transactions.run("save the plan item", c -> {
            ReviewLock.refuseChanges(c, assessment);
            touch(c, assessment);
            PlanItem before = PlanItemRows.saved(c, assessment, item.id());
            RowVersions.Checked checked =
                    planVersions.check(c, assessment, item.id(), "this plan item", () -> before, over);
            Overwrites.record(audit, c, assessment, item.id(), checked);
            PlanItemRows.save(
                    c, assessment, item, now(), checked.version(), user.get().recordedName());
            audit.append(
                    c,
                    new AuditEvent(
                            assessment,
                            AuditKind.PLAN_ITEM,
                            item.id().toString(),
                            AuditValues.of(before),
                            AuditValues.of(item)));
            return checked.version();
        });
        planVersions.record(assessment, item.id(), saved);
    }

    @Override
    public void removePlanItem(UUID assessment, UUID item) {
        transactions.run("remove the plan item", c -> {
            ReviewLock.refuseChanges(c, assessment);
            touch(c, assessment);
            PlanItem before = PlanItemRows.saved(c, assessment, item);
            planVersions.check(c, assessment, item, "this plan item", () -> before);
            try (PreparedStatement s = c.prepareStatement("DELETE FROM plan_item WHERE id = ? AND assessment_id = ?")) {
                s.setObject(1, item);
                s.setObject(2, assessment);
                s.executeUpdate();
            }
            audit.append(
                    c, new AuditEvent(assessment, AuditKind.PLAN_ITEM, item.toString(), AuditValues.of(before), null));
            return null;
        });
    }

    @Override
    public void saveResults(UUID assessment, RiskRegister register) {
        ScoringMethod method = register.method();
        int highest = -1;
        StringBuilder above = new StringBuilder();
        for (RiskScore score : register.applicable()) {
            highest = Math.max(highest, method.levelIndex(score.residual().level()));
            if (method.isAboveAppetite(score.residual().score())) {
                above.append(above.length() == 0 ? "" : ",").append(score.riskId());
            }
        }
        int rank = highest;
        transactions.run("keep the register's results", c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE assessment SET overall_level = ?, "
                    + "overall_rank = ?, above_appetite_risks = ?, results_current = TRUE WHERE id = ?")) {
                s.setString(1, rank < 0 ? null : method.levels().get(rank).label());
                s.setObject(2, rank < 0 ? null : rank);
                s.setString(3, above.toString());
                s.setObject(4, assessment);
                s.executeUpdate();
            }
            return null;
        });
    }

    /** Read at every start; V22's index on (results_current, updated_at, id) answers it without the table. */
    static final String TO_SCORE =
            "SELECT id FROM assessment WHERE results_current = FALSE AND deleted_at IS NULL ORDER BY updated_at, id";

    @Override
    public List<UUID> withoutCurrentResults() {
        return transactions.run("find assessments to score", c -> {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(TO_SCORE);
                    ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getObject(1, UUID.class));
                }
            }
            return ids;
        });
    }

    private void touch(Connection c, UUID assessment) throws SQLException {
        try (PreparedStatement s =
                c.prepareStatement("UPDATE assessment SET updated_at = ? WHERE id = ? " + "AND deleted_at IS NULL")) {
            s.setObject(1, now());
            s.setObject(2, assessment);
            requireOne(s.executeUpdate(), assessment);
        }
    }

    private static void requireOne(int rows, UUID id) throws SQLException {
        if (rows != 1) {
            throw new JdbcAssessmentRepository.MissingAssessment(id);
        }
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }
}
