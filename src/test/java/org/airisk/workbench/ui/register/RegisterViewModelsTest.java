package org.airisk.workbench.ui.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalogdata.CatalogReader;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.NotApplicableRisk;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.Recommendation;
import org.airisk.workbench.scoring.RegisterRepository;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The register and plan view models without a window, on the shipped questionnaire and catalog. */
class RegisterViewModelsTest {
    private static final RiskCatalog CATALOG = new CatalogReader().readBuiltIn();
    private static final QuestionnaireTemplate TEMPLATE =
            TemplateLibrary.load(null).newest("foundation-model-assessment").orElseThrow();
    private static final String INJECTION = "atlas-prompt-injection";
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final Map<String, Answer> answers = new HashMap<>();
    private final SimpleObjectProperty<AnsweredQuestionnaire> state = new SimpleObjectProperty<>();
    private final FakeRepository repository = new FakeRepository();
    private final SimpleObjectProperty<ScoringMethod> settings = new SimpleObjectProperty<>(ScoringMethod.standard());
    private ScoringSession session;

    @BeforeEach
    void open() {
        answers.put("profile_audience", new Answer.Choice("public"));
        answers.put("fm_sec_input_screen", new Answer.Choice("no"));
        answers.put("fm_sec_redteam", new Answer.Choice("no"));
        state.set(new AnsweredQuestionnaire(TEMPLATE, answers));
        session = new ScoringSession(
                UUID.randomUUID(),
                state,
                new ScoringSession.Records(ScoringMethod.standard(), Map.of(), MitigationPlan.EMPTY),
                CATALOG,
                repository,
                new ImmediateBackgroundWork(),
                settings,
                () -> TODAY);
    }

    private void answer(String question, String option) {
        answers.put(question, new Answer.Choice(option));
        state.set(new AnsweredQuestionnaire(TEMPLATE, answers));
    }

    private RiskScore injection() {
        return session.registerProperty().get().score(INJECTION).orElseThrow();
    }

    @Test
    void theRegisterFollowsAnswersAndFilters() {
        RiskRegisterViewModel model = new RiskRegisterViewModel(session);
        ScoringMethod method = session.method();
        String before = injection().residual().level().label();
        assertEquals("Critical", before, "public and unscreened: " + injection().residual());
        model.levelProperty().set(before);
        assertTrue(model.shownRisks().stream().anyMatch(s -> s.riskId().equals(INJECTION)));
        answer("fm_sec_input_screen", "yes");
        answer("fm_sec_redteam", "yes");
        assertTrue(
                method.levelIndex(injection().residual().level())
                        < method.levelIndex(method.levels().stream()
                                .filter(l -> l.label().equals(before))
                                .findFirst()
                                .orElseThrow()),
                "controls lower it");
        assertTrue(injection().residual().score() < injection().inherent().score());
        assertFalse(
                model.shownRisks().stream().anyMatch(s -> s.riskId().equals(INJECTION)),
                "the level filter now leaves it out");
        model.levelProperty().set(null);
        model.searchProperty().set("prompt injection");
        assertEquals(INJECTION, model.shownRisks().get(0).riskId());
    }

    @Test
    void theRisksThatRestOnOpenAnswersCanBeListed() {
        RiskRegisterViewModel model = new RiskRegisterViewModel(session);
        int all = model.shownRisks().size();
        model.uncertainOnlyProperty().set(true);
        assertTrue(model.shownRisks().size() < all);
        assertTrue(model.shownRisks().stream().allMatch(RiskScore::restsOnAssumptions));
        assertEquals(
                session.registerProperty().get().uncertain().size(),
                model.shownRisks().size());
        TEMPLATE.questions()
                .filter(q -> q.informedRisks().contains(INJECTION) && !answers.containsKey(q.id()))
                .forEach(q -> answers.put(
                        q.id(),
                        switch (q.type()) {
                            case MULTIPLE_CHOICE ->
                                new Answer.Choices(List.of(q.options().get(0).id()));
                            case SCALE -> new Answer.Scale(3);
                            case NUMBER -> new Answer.Number(BigDecimal.TEN);
                            default -> new Answer.Choice(q.options().get(0).id());
                        }));
        state.set(new AnsweredQuestionnaire(TEMPLATE, answers));
        assertFalse(model.shownRisks().stream().anyMatch(s -> s.riskId().equals(INJECTION)), "fully answered");
        model.select(INJECTION);
        assertEquals(INJECTION, model.selectedProperty().get().riskId(), "selecting a hidden risk drops filters");
        assertFalse(model.uncertainOnlyProperty().get());
    }

    @Test
    void anOverrideNeedsAJustification() {
        RiskRegisterViewModel model = new RiskRegisterViewModel(session);
        model.selectedProperty().set(injection());
        Optional<String> refused = model.override(0, 5, "   ");
        assertTrue(refused.orElseThrow().contains("justification"));
        assertTrue(repository.overrides.isEmpty());
        assertEquals(Optional.empty(), model.override(0, 5, "Customer data at stake"));
        assertTrue(injection().isOverridden());
        assertEquals(5, injection().inherent().impact());
        assertEquals(
                "Customer data at stake", repository.overrides.get(INJECTION).justification());
        model.clearOverride();
        assertFalse(injection().isOverridden());
        assertTrue(repository.overrides.isEmpty());
    }

    /** Issue 18: a risk can be marked not applicable to this system from the register, with the reason. */
    @Test
    void aRiskSetAsideLeavesTheRegisterWithItsReasonAndComesBack() {
        RiskRegisterViewModel model = new RiskRegisterViewModel(session);
        model.selectedProperty().set(injection());
        assertTrue(model.setAside("  ").orElseThrow().contains("Say why"), "a reason is required");
        assertTrue(repository.overrides.isEmpty());

        assertEquals(Optional.empty(), model.setAside("The model only sees our own vetted templates"));
        assertTrue(session.registerProperty().get().score(INJECTION).isEmpty(), "out of the register");
        NotApplicableRisk listed = model.notApplicable().stream()
                .filter(n -> n.risk().id().equals(INJECTION))
                .findFirst()
                .orElseThrow();
        assertTrue(listed.setAside());
        assertEquals("Set aside by the assessor: The model only sees our own vetted templates", listed.reason());
        assertTrue(repository.overrides.get(INJECTION).notApplicable(), "saved");
        assertTrue(model.shownRisks().stream().noneMatch(s -> s.riskId().equals(INJECTION)));

        model.bringBack(listed);
        assertTrue(session.registerProperty().get().score(INJECTION).isPresent(), "back, rated as calculated");
        assertFalse(injection().isOverridden());
        assertEquals(INJECTION, model.selectedProperty().get().riskId(), "and selected");
        assertTrue(repository.overrides.isEmpty());
    }

    @Test
    void aRiskTheAnswersLeaveOutCannotBeBroughtBackByHand() {
        RiskRegisterViewModel model = new RiskRegisterViewModel(session);
        NotApplicableRisk byAnswers = model.notApplicable().stream()
                .filter(n -> !n.setAside())
                .findFirst()
                .orElseThrow();
        int before = model.notApplicable().size();
        model.bringBack(byAnswers);
        assertEquals(before, model.notApplicable().size());
    }

    @Test
    void acceptRejectRemoveAndUndo() {
        MitigationPlanViewModel plan = new MitigationPlanViewModel(session);
        Recommendation best = plan.recommendations().get(0);
        String lowered = best.riskIds().get(0);
        RiskScore before = session.registerProperty().get().score(lowered).orElseThrow();
        List<String> preview = plan.lowers(best);
        assertEquals(best.risks().size(), preview.size());
        assertTrue(
                preview.get(0)
                        .startsWith(before.risk().name() + ": target "
                                + before.target().score()),
                preview.get(0));
        plan.accept(best);
        assertEquals(1, plan.accepted().size());
        assertFalse(plan.recommendations().contains(best));
        RiskScore accepted = session.registerProperty().get().score(lowered).orElseThrow();
        assertTrue(accepted.target().score() < before.target().score(), "the target drops at once");
        assertEquals(before.residual(), accepted.residual(), "the current rating waits until it is in place");
        plan.update(plan.accepted().get(0).withStatus(PlanItem.Status.IMPLEMENTED));
        assertEquals(
                accepted.target(),
                session.registerProperty().get().score(lowered).orElseThrow().residual(),
                "implemented, it counts now");
        assertEquals(1, repository.plan.size());

        Recommendation next = plan.recommendations().get(0);
        assertTrue(plan.reject(next, " ").isPresent(), "a rejection needs a reason");
        assertEquals(Optional.empty(), plan.reject(next, "The vendor does this already"));
        assertEquals(1, plan.rejected().size());

        PlanItem item = plan.accepted().get(0);
        plan.update(item.withDetails("Dana", TODAY.minusDays(3), PlanItem.Priority.HIGH, PlanItem.Status.PLANNED, ""));
        assertTrue(
                plan.totalsProperty().get().contains("1 overdue"),
                plan.totalsProperty().get());
        plan.remove(plan.accepted().get(0));
        assertTrue(plan.accepted().isEmpty());
        assertTrue(plan.recommendations().contains(best), "removed from the plan, it is recommended again");
        plan.undoRemove();
        assertEquals("Dana", plan.accepted().get(0).owner());
        assertEquals(2, repository.plan.size());
    }

    @Test
    void aCustomMeasureNeedsATitleRisksAndStrength() {
        MitigationPlanViewModel plan = new MitigationPlanViewModel(session);
        assertTrue(plan.addCustom("", List.of(INJECTION), 1, 0, Mitigation.Effort.S)
                .isPresent());
        assertTrue(plan.addCustom("Rate limits", List.of(), 1, 0, Mitigation.Effort.S)
                .isPresent());
        assertTrue(plan.addCustom("Rate limits", List.of(INJECTION), 0, 0, Mitigation.Effort.S)
                .isPresent());
        int before = injection().target().likelihood();
        assertEquals(Optional.empty(), plan.addCustom("Rate limits", List.of(INJECTION), 1, 0, Mitigation.Effort.S));
        assertEquals(before - 1, injection().target().likelihood());
    }

    @Test
    void changedSettingsApplyOnlyWhenTheAssessorRescores() {
        settings.set(ScoringMethod.standard(3));
        assertTrue(session.settingsDiffer());
        assertEquals(5, session.registerProperty().get().method().size(), "nothing changes by itself");
        session.rescoreWithCurrentMethod();
        assertEquals(3, session.registerProperty().get().method().size());
        assertEquals(ScoringMethod.standard(3), repository.method);
        assertFalse(session.settingsDiffer());
    }

    /** Keeps what the session saves, to check it without a database. */
    private static final class FakeRepository implements RegisterRepository {
        ScoringMethod method;
        final Map<String, RatingOverride> overrides = new LinkedHashMap<>();
        final Map<UUID, PlanItem> plan = new LinkedHashMap<>();
        RiskRegister results;

        public Optional<ScoringMethod> method(UUID assessment) {
            return Optional.ofNullable(method);
        }

        public void saveMethod(UUID assessment, ScoringMethod m) {
            method = m;
        }

        public Map<String, RatingOverride> overrides(UUID assessment) {
            return overrides;
        }

        public void saveOverride(UUID assessment, RatingOverride override) {
            overrides.put(override.riskId(), override);
        }

        public void removeOverride(UUID assessment, String riskId) {
            overrides.remove(riskId);
        }

        public MitigationPlan plan(UUID assessment) {
            return new MitigationPlan(List.copyOf(plan.values()));
        }

        public void savePlanItem(UUID assessment, PlanItem item) {
            plan.put(item.id(), item);
        }

        public void removePlanItem(UUID assessment, UUID item) {
            plan.remove(item);
        }

        public void saveResults(UUID assessment, RiskRegister register) {
            results = register;
        }

        public List<UUID> withoutCurrentResults() {
            return List.of();
        }
    }
}
