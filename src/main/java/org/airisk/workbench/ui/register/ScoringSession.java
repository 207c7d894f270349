package org.airisk.workbench.ui.register;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.airisk.workbench.assessment.ChangedElsewhere;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.scoring.EuAiActIndication;
import org.airisk.workbench.scoring.MethodChange;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.Recommendation;
import org.airisk.workbench.scoring.RegisterRepository;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.ScoredAssessment;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.UserMessages;
import org.airisk.workbench.ui.conflict.SaveConflict;

/**
 * The scoring side of one open assessment as the screens see it: rescored at once whenever an answer, an override or
 * the plan changes, with every override and plan change saved in the background. The risk register, mitigation plan
 * and dashboard screens all bind to it, so they never disagree. The scoring itself is {@link ScoredAssessment}'s, the
 * same the reports and the command line use; this class only holds it in properties the views observe, saves the
 * changes and refuses them while the assessment is in review.
 */
public final class ScoringSession {
    /** What is read from the store before the screens open. */
    public record Records(ScoringMethod method, Map<String, RatingOverride> overrides, MitigationPlan plan) {}

    private final UUID assessment;
    private final RegisterRepository repository;
    private final BackgroundWork background;
    private final ObservableValue<ScoringMethod> settingsMethod;
    private final Supplier<LocalDate> today;
    private final ObservableValue<AnsweredQuestionnaire> answers;
    private final RiskCatalog catalog;
    /** The assessment as scored now; every change replaces it with one scored afresh. */
    private ScoredAssessment scored;

    private final ReadOnlyObjectWrapper<ScoringMethod> method = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding settingsDiffer;
    private final ReadOnlyObjectWrapper<MitigationPlan> plan = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RiskRegister> register = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<EuAiActIndication> indication = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Recommendation> recommendations = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    /** A colleague's save the assessor has to choose about (team workspaces, ADR 0036); null when there is none. */
    private final ReadOnlyObjectWrapper<SaveConflict> conflict = new ReadOnlyObjectWrapper<>();
    /** Set while the assessment is submitted or in review: every change is refused (docs/review.md). */
    private final BooleanProperty readOnly = new SimpleBooleanProperty();
    /** The newest register not yet kept for the portfolio; one save at a time takes the newest. */
    private final AtomicReference<RiskRegister> unsavedResults = new AtomicReference<>();
    /** Override and plan saves handed to the background and not yet answered. */
    private int savesUnderway;
    /** By view: whether its form holds something typed that is not yet handed over to be saved. */
    private final Map<String, BooleanSupplier> forms = new HashMap<>();

    public ScoringSession(
            UUID assessment,
            ObservableValue<AnsweredQuestionnaire> answers,
            Records records,
            RiskCatalog catalog,
            RegisterRepository repository,
            BackgroundWork background,
            ObservableValue<ScoringMethod> settingsMethod,
            Supplier<LocalDate> today) {
        this.assessment = assessment;
        this.catalog = catalog;
        this.answers = answers;
        this.repository = repository;
        this.background = background;
        this.settingsMethod = settingsMethod;
        this.today = today;
        this.settingsDiffer = Bindings.createBooleanBinding(
                () -> !settingsMethod.getValue().equals(method.get()), settingsMethod, method);
        answers.addListener((obs, old, now) -> show(scored.withAnswers(now)));
        show(ScoredAssessment.of(catalog, answers.getValue(), records.method(), records.overrides(), records.plan()));
    }

    /** Shows the assessment as now scored, and keeps its results for the portfolio. */
    private void show(ScoredAssessment now) {
        scored = now;
        method.set(now.method());
        plan.set(now.plan());
        indication.set(now.indication());
        register.set(now.register());
        keepResults(now.register());
        recommendations.setAll(now.recommendations());
    }

    /** Saves the results for the portfolio; changes arriving while a save is queued fold into it. */
    private void keepResults(RiskRegister scored) {
        if (unsavedResults.getAndSet(scored) == null) {
            save(() -> {
                RiskRegister newest = unsavedResults.getAndSet(null);
                if (newest != null) {
                    repository.saveResults(assessment, newest);
                }
            });
        }
    }

    // state

    public ReadOnlyObjectProperty<RiskRegister> registerProperty() {
        return register.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<MitigationPlan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EuAiActIndication> indicationProperty() {
        return indication.getReadOnlyProperty();
    }

    public ObservableList<Recommendation> recommendations() {
        return FXCollections.unmodifiableObservableList(recommendations);
    }

    /** The last save that failed, in words; empty when all is saved. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ScoringMethod method() {
        return method.get();
    }

    public ReadOnlyObjectProperty<ScoringMethod> methodProperty() {
        return method.getReadOnlyProperty();
    }

    /** True when Settings hold a different method from the one this assessment is scored with. */
    public boolean settingsDiffer() {
        return settingsDiffer.get();
    }

    public BooleanBinding settingsDifferProperty() {
        return settingsDiffer;
    }

    public BooleanProperty readOnlyProperty() {
        return readOnly;
    }

    /** True, and says why, when the assessment may not be changed now. */
    private boolean refused() {
        if (readOnly.get()) {
            problem.set(ReviewStage.READ_ONLY);
        }
        return readOnly.get();
    }

    public LocalDate today() {
        return today.get();
    }

    public AnsweredQuestionnaire answers() {
        return answers.getValue();
    }

    // commands

    /** What rescoring with the method in Settings would change, before the assessor agrees to it. */
    public MethodChange previewRescore() {
        return scored.changeTo(settingsMethod.getValue());
    }

    /** Scores with the method in Settings from now on; the assessor asks for this, it never happens by itself. */
    public void rescoreWithCurrentMethod() {
        if (refused()) {
            return;
        }
        ScoringMethod current = settingsMethod.getValue();
        save(() -> repository.saveMethod(assessment, current));
        show(scored.withMethod(current));
    }

    public void saveOverride(RatingOverride override) {
        if (refused()) {
            return;
        }
        saveChecked(
                () -> repository.saveOverride(assessment, override),
                "the rating of " + override.riskId(),
                override,
                () -> repository.overwriteOverride(assessment, override));
        show(scored.withOverride(override));
    }

    public void clearOverride(String riskId) {
        if (refused()) {
            return;
        }
        if (scored.overrides().containsKey(riskId)) {
            saveChecked(() -> repository.removeOverride(assessment, riskId), "the rating of " + riskId, null, () -> {
                repository.overridesToEdit(assessment); // seen now: the removal is made knowingly
                repository.removeOverride(assessment, riskId);
            });
            show(scored.withoutOverride(riskId));
        }
    }

    public void accept(Recommendation recommendation) {
        savePlanItem(PlanItem.accept(recommendation.mitigation(), recommendation.riskIds()));
    }

    /** @throws IllegalArgumentException when the reason is blank */
    public void reject(Recommendation recommendation, String reason) {
        savePlanItem(PlanItem.reject(recommendation.mitigation(), recommendation.riskIds(), reason));
    }

    public void savePlanItem(PlanItem item) {
        if (refused()) {
            return;
        }
        ScoredAssessment now = scored.withPlanItem(item);
        saveChecked(
                () -> repository.savePlanItem(assessment, item),
                "the plan item \u201c" + item.title() + "\u201d",
                item,
                () -> repository.overwritePlanItem(assessment, item));
        show(now);
    }

    public void removePlanItem(UUID item) {
        if (refused()) {
            return;
        }
        PlanItem removed = scored.plan().items().stream()
                .filter(i -> i.id().equals(item))
                .findFirst()
                .orElse(null);
        ScoredAssessment now = scored.withoutPlanItem(item);
        saveChecked(
                () -> repository.removePlanItem(assessment, item),
                "the plan item \u201c" + (removed == null ? "" : removed.title()) + "\u201d",
                null,
                () -> {
                    repository.planToEdit(assessment); // seen now: the removal is made knowingly
                    repository.removePlanItem(assessment, item);
                });
        show(now);
    }

    public List<PlanItem> planItems() {
        return plan.get().items();
    }

    /**
     * The save a colleague's newer one refused, for the conflict dialog; null once the assessor chose. Keep theirs
     * reads the overrides and plan again; keep mine first writes the assessor's change over theirs, then reads them
     * again (a removal is made again once theirs is seen), so nothing on screen stays older than what is stored.
     */
    public ReadOnlyObjectProperty<SaveConflict> conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /**
     * The form {@code view} shows now (replacing the one it showed before): {@code typed} tells whether it holds
     * something the assessor typed or chose and has not yet handed over to be saved.
     */
    public void formOnScreen(String view, BooleanSupplier typed) {
        forms.put(view, typed);
    }

    /**
     * True while an override or plan change of the assessor's is not yet stored: typed in a form, still being
     * saved, or refused as a conflict not yet settled. What a colleague changed then waits (ADR 0042).
     */
    public boolean hasUnsavedEdit() {
        return savesUnderway > 0
                || conflict.get() != null
                || forms.values().stream().anyMatch(BooleanSupplier::getAsBoolean);
    }

    public UUID assessment() {
        return assessment;
    }

    /** Shows the records as stored now (read to edit, so saves build on them), rescored with the answers shown. */
    public void showStored(Records stored) {
        problem.set("");
        show(ScoredAssessment.of(catalog, answers.getValue(), stored.method(), stored.overrides(), stored.plan()));
    }

    /** Saves in the background; a refusal as changed elsewhere becomes a conflict for the assessor to settle. */
    private void saveChecked(Runnable work, String what, Object mine, Runnable overwrite) {
        savesUnderway++;
        background.submit(
                work,
                () -> {
                    savesUnderway--;
                    problem.set("");
                },
                failure -> {
                    savesUnderway--;
                    if (failure instanceof ChangedElsewhere refused) {
                        problem.set(refused.getMessage());
                        conflict.set(
                                new SaveConflict(what, mine, refused, () -> reload(overwrite), () -> reload(() -> {})));
                    } else {
                        problem.set(UserMessages.describe(failure));
                    }
                });
    }

    /** Runs {@code then}, reads the overrides and plan again (marking them seen) and shows what is stored. */
    private void reload(Runnable then) {
        conflict.set(null);
        background.submit(
                () -> {
                    then.run();
                    return new Records(
                            method.get(), repository.overridesToEdit(assessment), repository.planToEdit(assessment));
                },
                this::showStored,
                failure -> problem.set(UserMessages.describe(failure)));
    }

    private void save(Runnable work) {
        background.submit(work, () -> problem.set(""), failure -> problem.set(UserMessages.describe(failure)));
    }
}
