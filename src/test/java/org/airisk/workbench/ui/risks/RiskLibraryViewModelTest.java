package org.airisk.workbench.ui.risks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airisk.workbench.catalog.FrameworkReferences;
import org.airisk.workbench.catalog.FrameworkReferences.Framework;
import org.airisk.workbench.catalog.FrameworkReferences.FrameworkReference;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.catalog.Pillar;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalog.RiskCategory;
import org.airisk.workbench.catalog.RiskOrigin;
import org.airisk.workbench.questionnaire.AnswerEffect;
import org.airisk.workbench.questionnaire.Condition;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Section;
import org.junit.jupiter.api.Test;

class RiskLibraryViewModelTest {
    private static Risk risk(
            String id, String name, RiskCategory category, String group, Pillar pillar, FrameworkReferences refs) {
        return new Risk(
                id,
                name,
                category,
                group,
                RiskOrigin.TRADITIONAL,
                Set.of(pillar),
                name + " explained.",
                "Example of " + name,
                List.of("financial"),
                refs);
    }

    private static final Risk BIAS = risk(
            "atlas-data-bias",
            "Data bias",
            RiskCategory.TRAINING_DATA,
            "fairness",
            Pillar.FAIRNESS,
            new FrameworkReferences(
                    List.of("nist-harmful-bias-or-homogenization"), null, null, null, List.of("Art. 10")));
    private static final Risk INJECTION = risk(
            "atlas-prompt-injection",
            "Prompt injection attack",
            RiskCategory.INFERENCE,
            "robustness-prompt-attacks",
            Pillar.ROBUSTNESS,
            new FrameworkReferences(null, List.of("llm01-prompt-injection"), null, null, null));
    private static final Risk GOAL = risk(
            "atlas-misaligned-actions-agentic",
            "Misaligned actions",
            RiskCategory.AGENTIC,
            "value-alignment",
            Pillar.GOVERNANCE,
            FrameworkReferences.NONE);

    private static final Mitigation TESTING = new Mitigation(
            "mit-bias-testing",
            "Test for bias",
            "Measure it.",
            List.of("Pick metrics.", "Run them."),
            Mitigation.Type.TECHNICAL,
            Mitigation.Stage.EVALUATION,
            Mitigation.Effort.M,
            2,
            0,
            List.of("atlas-data-bias"),
            List.of());

    private static RiskLibraryViewModel model() {
        Question asks = new Question(
                "bias_tested",
                QuestionType.YES_NO_UNSURE,
                "Was the data tested for bias?",
                "",
                List.of(),
                true,
                null,
                null,
                null,
                null,
                null,
                List.of(),
                List.of(AnswerEffect.likelihood(new Condition.Equals("bias_tested", "no"), "atlas-data-bias", 2)));
        QuestionnaireTemplate template = new QuestionnaireTemplate(
                "t", 1, "Test questionnaire", "", List.of(new Section("data", "Data", "", null, List.of(asks))));
        return new RiskLibraryViewModel(
                new RiskCatalog(
                        List.of(BIAS, INJECTION, GOAL),
                        List.of(TESTING),
                        Map.of("llm01-prompt-injection", "LLM01:2025 Prompt Injection")),
                List.of(template));
    }

    @Test
    void filtersCombine() {
        RiskLibraryViewModel model = model();
        assertEquals(3, model.shownRisks().size());
        model.categoryProperty().set(RiskCategory.INFERENCE);
        assertEquals(List.of(INJECTION), model.shownRisks());
        model.categoryProperty().set(null);
        model.pillarProperty().set(Pillar.FAIRNESS);
        assertEquals(List.of(BIAS), model.shownRisks());
        model.pillarProperty().set(null);
        model.groupProperty().set("value-alignment");
        assertEquals(List.of(GOAL), model.shownRisks());
        model.groupProperty().set(null);
        model.referenceProperty().set(new FrameworkReference(Framework.OWASP_LLM_2025, "llm01-prompt-injection"));
        assertEquals(List.of(INJECTION), model.shownRisks());
        model.clearFilters();
        model.searchProperty().set("misaligned");
        assertEquals(List.of(GOAL), model.shownRisks());
        model.searchProperty().set("nothing matches this");
        assertEquals(List.of(), model.shownRisks());
    }

    @Test
    void detailNamesTheQuestionsAndMitigations() {
        RiskLibraryViewModel model = model();
        assertEquals(
                List.of("Test questionnaire \u203a Data: Was the data tested for bias?"),
                model.questionsAbout(BIAS).stream().map(Object::toString).toList());
        assertEquals(List.of(), model.questionsAbout(GOAL));
        assertEquals(List.of(TESTING), model.mitigationsFor(BIAS));
        assertEquals(3, model.frameworkReferences().size());
        assertEquals(
                "OWASP LLM 2025: LLM01:2025 Prompt Injection",
                model.label(new FrameworkReference(Framework.OWASP_LLM_2025, "llm01-prompt-injection")));
        assertEquals("EU AI Act: Art. 10", model.label(new FrameworkReference(Framework.EU_AI_ACT, "Art. 10")));
    }

    @Test
    void selectionFollowsTheFilter() {
        RiskLibraryViewModel model = model();
        model.selectedProperty().set(BIAS);
        model.categoryProperty().set(RiskCategory.AGENTIC);
        assertEquals(GOAL, model.selectedProperty().get());
    }
}
