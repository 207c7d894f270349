package org.airisk.workbench.ui.register;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.airisk.workbench.catalog.Pillar;
import org.airisk.workbench.catalog.RiskCategory;
import org.airisk.workbench.scoring.EuAiActIndication;
import org.airisk.workbench.scoring.NotApplicableRisk;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.RiskOrder;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.RiskScore;

/**
 * The risk register screen: the applicable risks filtered by level, category, pillar and search text, the one
 * selected with its explanation, the override being edited, and the risks left out with their reasons.
 */
public final class RiskRegisterViewModel {
    /** Filter on the residual level by its name; null shows every level. */
    private final StringProperty level = new SimpleStringProperty();

    private final ObjectProperty<RiskCategory> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Pillar> pillar = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    /** Only the risks whose score rests on unanswered or "not sure" answers. */
    private final BooleanProperty uncertainOnly = new SimpleBooleanProperty();

    private final ObservableList<RiskScore> shown = FXCollections.observableArrayList();
    private final ObservableList<NotApplicableRisk> notApplicable = FXCollections.observableArrayList();
    private final ObjectProperty<RiskScore> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper indication = new ReadOnlyStringWrapper();
    private final ScoringSession session;

    public RiskRegisterViewModel(ScoringSession session) {
        this.session = session;
        session.registerProperty().addListener((obs, old, now) -> refresh());
        session.indicationProperty().addListener((obs, old, now) -> describe(now));
        level.addListener((obs, old, now) -> refresh());
        category.addListener((obs, old, now) -> refresh());
        pillar.addListener((obs, old, now) -> refresh());
        search.addListener((obs, old, now) -> refresh());
        uncertainOnly.addListener((obs, old, now) -> refresh());
        refresh();
        describe(session.indicationProperty().get());
    }

    private void refresh() {
        RiskRegister register = session.registerProperty().get();
        String needle = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        List<RiskScore> matching = register.applicable().stream()
                .filter(s -> level.get() == null || s.residual().level().label().equals(level.get()))
                .filter(s -> category.get() == null || s.risk().category() == category.get())
                .filter(s -> pillar.get() == null || s.risk().pillars().contains(pillar.get()))
                .filter(s -> !uncertainOnly.get() || s.restsOnAssumptions())
                .filter(s -> needle.isEmpty()
                        || s.risk().name().toLowerCase(Locale.ROOT).contains(needle)
                        || s.riskId().toLowerCase(Locale.ROOT).contains(needle))
                .sorted(RiskOrder.HIGHEST_FIRST)
                .toList();
        String keep = selected.get() == null ? null : selected.get().riskId();
        shown.setAll(matching);
        selected.set(
                keep == null
                        ? null
                        : matching.stream()
                                .filter(s -> s.riskId().equals(keep))
                                .findFirst()
                                .orElse(null));
        notApplicable.setAll(register.notApplicable());
        int above = register.aboveAppetite().size();
        int uncertain = register.uncertain().size();
        summary.set(register.applicable().size() + " applicable \u00b7 " + above + " above appetite \u00b7 "
                + uncertain + " rest on open or unsure answers \u00b7 "
                + register.notApplicable().size()
                + " not applicable");
    }

    private void describe(EuAiActIndication now) {
        indication.set(now == null ? "" : "EU AI Act (indicative): " + now.summary());
    }

    public ObservableList<RiskScore> shownRisks() {
        return FXCollections.unmodifiableObservableList(shown);
    }

    public ObservableList<NotApplicableRisk> notApplicable() {
        return FXCollections.unmodifiableObservableList(notApplicable);
    }

    public StringProperty levelProperty() {
        return level;
    }

    public ObjectProperty<RiskCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<Pillar> pillarProperty() {
        return pillar;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty uncertainOnlyProperty() {
        return uncertainOnly;
    }

    public ObjectProperty<RiskScore> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty indicationProperty() {
        return indication.getReadOnlyProperty();
    }

    public List<String> levelNames() {
        return session.method().levels().stream().map(l -> l.label()).toList();
    }

    /** Shows and selects one risk, dropping the filters when they hide it. */
    public void select(String riskId) {
        if (shown.stream().noneMatch(s -> s.riskId().equals(riskId))) {
            level.set(null);
            category.set(null);
            pillar.set(null);
            search.set("");
            uncertainOnly.set(false);
        }
        shown.stream().filter(s -> s.riskId().equals(riskId)).findFirst().ifPresent(selected::set);
    }

    public ScoringSession session() {
        return session;
    }

    /**
     * Overrides the selected risk's likelihood and/or impact (0 keeps the calculated value).
     *
     * @return the problem in words when the override cannot be taken (no justification, nothing changed)
     */
    public Optional<String> override(int likelihood, int impact, String justification) {
        RiskScore risk = selected.get();
        if (risk == null) {
            return Optional.of("Select a risk first.");
        }
        try {
            session.saveOverride(new RatingOverride(risk.riskId(), likelihood, impact, justification));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    public void clearOverride() {
        RiskScore risk = selected.get();
        if (risk != null) {
            session.clearOverride(risk.riskId());
        }
    }

    /**
     * Takes the selected risk out of the register as not applicable to this system, for the reason given; it is
     * listed with the risks left out, and {@link #bringBack} undoes it.
     *
     * @return the problem in words when it cannot be done (no reason given)
     */
    public Optional<String> setAside(String reason) {
        RiskScore risk = selected.get();
        if (risk == null) {
            return Optional.of("Select a risk first.");
        }
        try {
            session.saveOverride(RatingOverride.notApplicable(risk.riskId(), reason));
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Puts a risk the assessor set aside back into the register, rated as calculated, and selects it. */
    public void bringBack(NotApplicableRisk risk) {
        if (risk != null && risk.setAside()) {
            session.clearOverride(risk.risk().id());
            select(risk.risk().id());
        }
    }
}
