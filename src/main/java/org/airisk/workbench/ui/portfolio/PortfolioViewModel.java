package org.airisk.workbench.ui.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.charts.StackedBars;
import org.airisk.workbench.portfolio.PortfolioFilter;
import org.airisk.workbench.portfolio.PortfolioQueries;
import org.airisk.workbench.portfolio.PortfolioSnapshot;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.UserMessages;

/**
 * The portfolio dashboard: a filter over all saved assessments and what the store answers for it. Every filter
 * change asks again in the background; an answer that arrives after a newer question is dropped.
 */
public final class PortfolioViewModel {
    private final PortfolioQueries queries;
    private final RiskCatalog catalog;
    private final BackgroundWork background;
    private final Supplier<ScoringMethod> method;
    private final Supplier<LocalDate> today;

    private final StringProperty owner = new SimpleStringProperty("");
    private final ObjectProperty<AssessmentStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PortfolioSnapshot> snapshot = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("Reading the portfolio\u2026");
    private int asked;

    public PortfolioViewModel(
            PortfolioQueries queries,
            RiskCatalog catalog,
            BackgroundWork background,
            Supplier<ScoringMethod> method,
            Supplier<LocalDate> today) {
        this.queries = queries;
        this.catalog = catalog;
        this.background = background;
        this.method = method;
        this.today = today;
        owner.addListener((obs, old, now) -> refresh());
        status.addListener((obs, old, now) -> refresh());
        from.addListener((obs, old, now) -> refresh());
        to.addListener((obs, old, now) -> refresh());
        reviewStage.addListener((obs, old, now) -> refresh());
    }

    /** Reads the owners and the portfolio for the current filter. */
    public void refresh() {
        PortfolioFilter filter;
        try {
            filter = new PortfolioFilter(owner.get(), status.get(), from.get(), to.get(), reviewStage.get());
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return;
        }
        problem.set("");
        int question = ++asked;
        LocalDate day = today.get();
        background.submit(
                () -> new Answer(queries.owners(), queries.snapshot(filter, day)),
                answer -> {
                    if (question != asked) {
                        return; // a newer filter was asked meanwhile
                    }
                    if (!answer.owners().equals(owners)) {
                        owners.setAll(answer.owners());
                    }
                    snapshot.set(answer.snapshot());
                    PortfolioSnapshot s = answer.snapshot();
                    summary.set(s.assessments() + (s.assessments() == 1 ? " assessment" : " assessments") + " \u00b7 "
                            + s.overdueTotal() + " overdue plan items");
                },
                failure -> problem.set(UserMessages.describe(failure)));
    }

    private record Answer(List<String> owners, PortfolioSnapshot snapshot) {}

    public void clearFilters() {
        owner.set("");
        status.set(null);
        reviewStage.set(null);
        from.set(null);
        to.set(null);
    }

    /** Assessments by status, one bar each. */
    public StackedBars statusBars() {
        PortfolioSnapshot s = snapshot.get();
        List<String> labels = new ArrayList<>();
        List<List<Integer>> values = new ArrayList<>();
        for (AssessmentStatus st : AssessmentStatus.values()) {
            labels.add(st.label());
            values.add(List.of(s == null ? 0 : s.byStatus().getOrDefault(st, 0)));
        }
        return new StackedBars(
                "Assessments by status", "Assessments", labels, List.of("Assessments"), List.of("#0072B2"), values);
    }

    /** Assessments by their highest residual level, each bar in its level's colour, highest first. */
    public StackedBars levelBars() {
        PortfolioSnapshot s = snapshot.get();
        Map<String, Integer> counts = s == null ? Map.of() : s.byLevel();
        List<String> labels = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        List<ScoringMethod.Level> levels = new ArrayList<>(method.get().levels());
        Collections.reverse(levels);
        for (ScoringMethod.Level level : levels) {
            labels.add(level.label());
            colours.add(level.colour());
        }
        // Levels named by other methods (kept by older assessments) are shown too, in grey.
        counts.keySet().stream()
                .filter(l -> !labels.contains(l) && !l.equals(PortfolioSnapshot.NOT_SCORED))
                .sorted()
                .forEach(l -> {
                    labels.add(l);
                    colours.add("#999999");
                });
        labels.add(PortfolioSnapshot.NOT_SCORED);
        colours.add("#BBBBBB");
        List<List<Integer>> values = new ArrayList<>();
        for (int b = 0; b < labels.size(); b++) {
            List<Integer> row = new ArrayList<>();
            for (int c = 0; c < labels.size(); c++) {
                row.add(b == c ? counts.getOrDefault(labels.get(b), 0) : 0);
            }
            values.add(row);
        }
        return new StackedBars("Assessments by highest residual level", "Assessments", labels, labels, colours, values);
    }

    public String riskName(String riskId) {
        return catalog.risk(riskId).map(Risk::name).orElse(riskId);
    }

    public StringProperty ownerProperty() {
        return owner;
    }

    public ObjectProperty<AssessmentStatus> statusProperty() {
        return status;
    }

    /** Counts only the assessments at this review stage; null counts all. */
    public ObjectProperty<ReviewStage> reviewStageProperty() {
        return reviewStage;
    }

    private final ObjectProperty<ReviewStage> reviewStage = new SimpleObjectProperty<>();

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObservableList<String> owners() {
        return FXCollections.unmodifiableObservableList(owners);
    }

    public ReadOnlyObjectProperty<PortfolioSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
