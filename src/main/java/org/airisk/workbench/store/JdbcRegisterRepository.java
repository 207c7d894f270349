package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.airisk.workbench.audit.AuditEvent;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.audit.AuditValues;
import org.airisk.workbench.catalog.Mitigation;
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
            Map<String, RatingOverride> result = new LinkedHashMap<>();
            Map<String, Long> read = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement("SELECT risk_id, likelihood, impact, justification, "
                    + "not_applicable, row_version FROM risk_override WHERE assessment_id = ? ORDER BY risk_id")) {
                s.setObject(1, assessment);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        RatingOverride o = override(rows);
                        result.put(o.riskId(), o);
                        read.put(o.riskId(), rows.getLong("row_version"));
                    }
                }
            }
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
            RatingOverride before = savedOverride(c, assessment, override.riskId());
            RowVersions.Checked checked = overrideVersions.check(
                    c, assessment, override.riskId(), "the rating of this risk", () -> before, over);
            Overwrites.record(audit, c, assessment, override.riskId(), checked);
            saveOverride(
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

    /** Adds or replaces one override inside the caller's transaction, as version {@code version} saved by {@code by}. */
    static void saveOverride(
            Connection c, UUID assessment, RatingOverride override, OffsetDateTime at, long version, String by)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(Upsert.sql(
                "risk_override",
                "assessment_id, risk_id",
                "assessment_id, risk_id, likelihood, impact, justification, updated_at, not_applicable, "
                        + "row_version, changed_by",
                "?, ?, ?, ?, ?, ?, ?, ?, ?"))) {
            s.setObject(1, assessment);
            s.setString(2, override.riskId());
            s.setInt(3, override.likelihood());
            s.setInt(4, override.impact());
            s.setString(5, override.justification());
            s.setObject(6, at);
            s.setBoolean(7, override.notApplicable());
            s.setLong(8, version);
            s.setString(9, by);
            s.executeUpdate();
        }
    }

    @Override
    public void removeOverride(UUID assessment, String riskId) {
        transactions.run("remove the override", c -> {
            ReviewLock.refuseChanges(c, assessment);
            touch(c, assessment);
            RatingOverride before = savedOverride(c, assessment, riskId);
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

    private static RatingOverride savedOverride(Connection c, UUID assessment, String riskId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT risk_id, likelihood, impact, justification, "
                + "not_applicable FROM risk_override WHERE assessment_id = ? AND risk_id = ?")) {
            s.setObject(1, assessment);
            s.setString(2, riskId);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? override(rows) : null;
            }
        }
    }

    private static RatingOverride override(ResultSet rows) throws SQLException {
        return new RatingOverride(
                rows.getString(1), rows.getInt(2), rows.getInt(3), rows.getString(4), rows.getBoolean(5));
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
            List<PlanItem> items = new ArrayList<>();
            Map<String, Long> read = new HashMap<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT * FROM plan_item WHERE assessment_id = ? " + "ORDER BY position, updated_at")) {
                s.setObject(1, assessment);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        PlanItem item = item(rows);
                        items.add(item);
                        read.put(item.id().toString(), rows.getLong("row_version"));
                    }
                }
            }
            if (toEdit) {
                planVersions.read(assessment, read);
            }
            return new MitigationPlan(items);
        });
    }

    private static PlanItem savedPlanItem(Connection c, UUID assessment, UUID item) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT * FROM plan_item WHERE assessment_id = ? AND id = ?")) {
            s.setObject(1, assessment);
            s.setObject(2, item);
            try (ResultSet rows = s.executeQuery()) {
                return rows.next() ? item(rows) : null;
            }
        }
    }

    private static PlanItem item(ResultSet rows) throws SQLException {
        return new PlanItem(
                rows.getObject("id", UUID.class),
                rows.getString("mitigation_id"),
                rows.getString("title"),
                Arrays.asList(rows.getString("risks").split(",")),
                rows.getInt("reduces_likelihood"),
                rows.getInt("reduces_impact"),
                Mitigation.Effort.valueOf(rows.getString("effort")),
                PlanItem.Decision.valueOf(rows.getString("decision")),
                rows.getString("reason"),
                rows.getString("owner"),
                rows.getObject("due_date", LocalDate.class),
                PlanItem.Priority.valueOf(rows.getString("priority")),
                PlanItem.Status.valueOf(rows.getString("status")),
                rows.getString("notes"));
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
            PlanItem before = savedPlanItem(c, assessment, item.id());
            RowVersions.Checked checked =
                    planVersions.check(c, assessment, item.id(), "this plan item", () -> before, over);
            Overwrites.record(audit, c, assessment, item.id(), checked);
            savePlanItem(
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

    /**
     * Adds or replaces one plan item of this assessment inside the caller's transaction; a new item goes last. An item
     * is keyed by its assessment and its id, so another assessment's item with the same id is never touched.
     */
    static void savePlanItem(Connection c, UUID assessment, PlanItem item, OffsetDateTime at, long version, String by)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(Upsert.sql(
                "plan_item",
                "assessment_id, id",
                "assessment_id, id, position, "
                        + "mitigation_id, title, risks, reduces_likelihood, reduces_impact, effort, decision, reason, "
                        + "owner, due_date, priority, status, notes, updated_at, row_version, changed_by",
                "?, ?, "
                        + "COALESCE((SELECT position FROM plan_item WHERE assessment_id = ? AND id = ?), (SELECT COUNT(*) "
                        + "FROM plan_item WHERE assessment_id = ?)), ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS DATE), ?, ?, ?, ?, "
                        + "?, ?"))) {
            int i = 1;
            s.setObject(i++, assessment);
            s.setObject(i++, item.id());
            s.setObject(i++, assessment);
            s.setObject(i++, item.id());
            s.setObject(i++, assessment);
            s.setString(i++, item.mitigationId());
            s.setString(i++, item.title());
            s.setString(i++, String.join(",", item.risks()));
            s.setInt(i++, item.reducesLikelihood());
            s.setInt(i++, item.reducesImpact());
            s.setString(i++, item.effort().name());
            s.setString(i++, item.decision().name());
            s.setString(i++, item.reason());
            s.setString(i++, item.owner());
            s.setObject(i++, item.due());
            s.setString(i++, item.priority().name());
            s.setString(i++, item.status().name());
            s.setString(i++, item.notes());
            s.setObject(i++, at);
            s.setLong(i++, version);
            s.setString(i, by);
            s.executeUpdate();
        }
    }

    @Override
    public void removePlanItem(UUID assessment, UUID item) {
        transactions.run("remove the plan item", c -> {
            ReviewLock.refuseChanges(c, assessment);
            touch(c, assessment);
            PlanItem before = savedPlanItem(c, assessment, item);
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

    @Override
    public List<UUID> withoutCurrentResults() {
        return transactions.run("find assessments to score", c -> {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM assessment WHERE results_current = FALSE "
                            + "AND deleted_at IS NULL ORDER BY updated_at, id");
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
