package org.airisk.workbench.ui.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.Recommendation;
import org.airisk.workbench.scoring.RiskScore;

/**
 * The mitigation plan screen: ranked recommendations to accept or reject, the accepted items with owner, due date,
 * priority and status, the rejected ones with their reasons, and totals. Removing an item can be undone.
 */
public final class MitigationPlanViewModel {
    private final ScoringSession session;
    private final ObservableList<PlanItem> accepted = FXCollections.observableArrayList();
    private final ObservableList<PlanItem> rejected = FXCollections.observableArrayList();
    private final ObjectProperty<PlanItem> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper totals = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PlanItem> lastRemoved = new ReadOnlyObjectWrapper<>();

    public MitigationPlanViewModel(ScoringSession session) {
        this.session = session;
        session.planProperty().addListener((obs, old, plan) -> refresh(plan));
        refresh(session.planProperty().get());
    }

    private void refresh(MitigationPlan plan) {
        UUID keep = selected.get() == null ? null : selected.get().id();
        accepted.setAll(plan.accepted());
        rejected.setAll(plan.rejected());
        selected.set(
                keep == null
                        ? null
                        : plan.item(keep).filter(PlanItem::isAccepted).orElse(null));
        LocalDate today = session.today();
        String byStatus = plan.acceptedByStatus().entrySet().stream()
                .filter(e -> e.getValue() > 0)
                .map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(" \u00b7 "));
        String byEffort = plan.acceptedByEffort().entrySet().stream()
                .map(e -> e.getKey().name() + " " + e.getValue())
                .collect(Collectors.joining(" \u00b7 "));
        long overdue = plan.overdue(today);
        totals.set(
                accepted.isEmpty()
                        ? "No measures in the plan yet: accept a recommendation or add your own."
                        : accepted.size() + " in the plan \u2014 by status: " + byStatus + " \u2014 by effort: "
                                + byEffort + (overdue > 0 ? " \u2014 " + overdue + " overdue" : ""));
    }

    public ObservableList<Recommendation> recommendations() {
        return session.recommendations();
    }

    public ObservableList<PlanItem> accepted() {
        return FXCollections.unmodifiableObservableList(accepted);
    }

    public ObservableList<PlanItem> rejected() {
        return FXCollections.unmodifiableObservableList(rejected);
    }

    public ObjectProperty<PlanItem> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlanItem> lastRemovedProperty() {
        return lastRemoved.getReadOnlyProperty();
    }

    public ScoringSession session() {
        return session;
    }

    public boolean isOverdue(PlanItem item) {
        return item.isOverdue(session.today());
    }

    /** "Hallucination, Prompt injection": the names of the risks an item or recommendation addresses. */
    public String riskNames(List<String> riskIds) {
        Map<String, String> names = session.registerProperty().get().applicable().stream()
                .collect(Collectors.toMap(RiskScore::riskId, s -> s.risk().name()));
        return riskIds.stream().map(id -> names.getOrDefault(id, id)).collect(Collectors.joining(", "));
    }

    /**
     * What accepting a recommendation would do, risk by risk, before the assessor decides: "Prompt injection attack:
     * target 20 Critical \u2192 12 High".
     */
    public List<String> lowers(Recommendation recommendation) {
        var method = session.method();
        return recommendation.risks().stream()
                .map(s -> {
                    var after = s.targetWith(recommendation.mitigation(), method);
                    return s.risk().name() + ": target " + s.target().score() + " "
                            + s.target().level().label() + " \u2192 " + after.score() + " "
                            + after.level().label();
                })
                .toList();
    }

    /** The applicable risks, for choosing what a custom measure addresses. */
    public List<RiskScore> applicableRisks() {
        return session.registerProperty().get().applicable();
    }

    // commands

    public void accept(Recommendation recommendation) {
        session.accept(recommendation);
        message.set("Accepted \u201c" + recommendation.mitigation().title() + "\u201d: residual risk updated.");
        session.planProperty()
                .get()
                .decisionOn(recommendation.mitigation().id())
                .ifPresent(selected::set);
    }

    /** @return the problem in words when the reason is missing */
    public Optional<String> reject(Recommendation recommendation, String reason) {
        try {
            session.reject(recommendation, reason);
            message.set("Rejected \u201c" + recommendation.mitigation().title() + "\u201d.");
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Adds the assessor's own measure; returns the problem in words when it cannot be taken. */
    public Optional<String> addCustom(
            String title, List<String> risks, int likelihood, int impact, Mitigation.Effort effort) {
        try {
            PlanItem item = new PlanItem(
                    UUID.randomUUID(),
                    "",
                    title,
                    risks,
                    likelihood,
                    impact,
                    effort,
                    PlanItem.Decision.ACCEPTED,
                    "",
                    "",
                    null,
                    PlanItem.Priority.MEDIUM,
                    PlanItem.Status.PROPOSED,
                    "");
            if (likelihood + impact == 0) {
                return Optional.of("A measure lowers the likelihood, the impact or both by at least one step.");
            }
            session.savePlanItem(item);
            selected.set(item);
            message.set("Added \u201c" + item.title() + "\u201d.");
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Saves a change to an item's details; the residual risk follows at once. */
    public void update(PlanItem item) {
        session.savePlanItem(item);
        selected.set(item);
    }

    /** Removes an item or a rejection (the recommendation comes back); {@link #undoRemove()} puts it back. */
    public void remove(PlanItem item) {
        session.removePlanItem(item.id());
        lastRemoved.set(item);
        message.set("Removed \u201c" + item.title() + "\u201d. \u201cUndo remove\u201d puts it back.");
    }

    public void undoRemove() {
        PlanItem item = lastRemoved.get();
        if (item != null) {
            session.savePlanItem(item);
            lastRemoved.set(null);
            message.set("Put back \u201c" + item.title() + "\u201d.");
        }
    }

    /** Today in the user's time zone, as the session's clock tells it. */
    public LocalDate today() {
        return session.today();
    }
}
