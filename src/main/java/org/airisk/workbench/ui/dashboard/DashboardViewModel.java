package org.airisk.workbench.ui.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.airisk.workbench.charts.HeatMap;
import org.airisk.workbench.charts.Radar;
import org.airisk.workbench.charts.StackedBars;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.ui.register.ScoringSession;

/**
 * The assessment dashboard: chart models rebuilt whenever the register or the plan changes, the heat map's
 * inherent/residual switch, the cell picked on it and the risks in that cell, and the key figures.
 */
public final class DashboardViewModel {
    /** One figure on top of the dashboard: "High", "4", in the level's colour (or none). */
    public record Figure(String label, String value, String colour) {}

    private final ScoringSession session;
    private final BooleanProperty residual = new SimpleBooleanProperty(true);
    private final ReadOnlyObjectWrapper<HeatMap> heatMap = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Radar> radar = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StackedBars> categories = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StackedBars> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<StackedBars> completion = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<HeatMap.Cell> selectedCell = new SimpleObjectProperty<>();
    private final ObservableList<RiskScore> cellRisks = FXCollections.observableArrayList();
    private final ObservableList<Figure> figures = FXCollections.observableArrayList();
    private final ObservableList<RiskScore> highest = FXCollections.observableArrayList();

    public DashboardViewModel(ScoringSession session) {
        this.session = session;
        session.registerProperty().addListener((obs, old, now) -> refresh());
        session.planProperty().addListener((obs, old, now) -> refresh());
        residual.addListener((obs, old, now) -> refresh());
        selectedCell.addListener((obs, old, cell) -> listCell(cell));
        refresh();
    }

    private void refresh() {
        RiskRegister register = session.registerProperty().get();
        MitigationPlan current = session.planProperty().get();
        heatMap.set(HeatMap.of(register, residual.get()));
        radar.set(Radar.byPillar(register));
        categories.set(StackedBars.byCategory(register, residual.get()));
        plan.set(StackedBars.planByStatus(current));
        completion.set(StackedBars.completion(session.answers()));
        HeatMap.Cell picked = selectedCell.get();
        selectedCell.set(
                picked == null
                        ? null
                        : heatMap.get()
                                .cell(picked.likelihood(), picked.impact())
                                .orElse(null));
        listCell(selectedCell.get());

        List<Figure> top = new ArrayList<>();
        ScoringMethod method = register.method();
        var counts = register.overall().residualByLevel();
        for (int i = method.levels().size() - 1; i >= 0; i--) {
            ScoringMethod.Level level = method.levels().get(i);
            top.add(new Figure(level.label(), Integer.toString(counts.get(i)), level.colour()));
        }
        top.add(new Figure(
                "Above appetite", Integer.toString(register.aboveAppetite().size()), ""));
        top.add(new Figure(
                "Above appetite after the plan",
                Integer.toString(register.aboveAppetiteAfterPlan().size()),
                ""));
        top.add(new Figure("Plan items overdue", Long.toString(current.overdue(session.today())), ""));
        top.add(new Figure(
                "EU AI Act (indicative)", session.indicationProperty().get().summary(), ""));
        figures.setAll(top);
        highest.setAll(register.ranked().stream().limit(5).toList());
    }

    private void listCell(HeatMap.Cell cell) {
        RiskRegister register = session.registerProperty().get();
        cellRisks.setAll(
                cell == null
                        ? List.of()
                        : cell.riskIds().stream()
                                .map(id -> register.score(id).orElse(null))
                                .filter(Objects::nonNull)
                                .toList());
    }

    public BooleanProperty residualProperty() {
        return residual;
    }

    public ReadOnlyObjectProperty<HeatMap> heatMapProperty() {
        return heatMap.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Radar> radarProperty() {
        return radar.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StackedBars> categoriesProperty() {
        return categories.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StackedBars> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<StackedBars> completionProperty() {
        return completion.getReadOnlyProperty();
    }

    public ObjectProperty<HeatMap.Cell> selectedCellProperty() {
        return selectedCell;
    }

    /** The risks in the picked heat-map cell. */
    public ObservableList<RiskScore> cellRisks() {
        return FXCollections.unmodifiableObservableList(cellRisks);
    }

    public ObservableList<Figure> figures() {
        return FXCollections.unmodifiableObservableList(figures);
    }

    /** The five highest residual risks. */
    public ObservableList<RiskScore> highest() {
        return FXCollections.unmodifiableObservableList(highest);
    }
}
