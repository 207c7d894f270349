package org.airisk.workbench.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.scoring.EuAiActIndication.Outcome;
import org.junit.jupiter.api.Test;

class EuAiActClassifierTest {
    private final EuAiActClassifier classifier = new EuAiActClassifier();

    /** An internal productivity tool that meets no obligation; each test changes what it needs. */
    private static Map<String, Answer> minimal() {
        Map<String, Answer> a = new HashMap<>();
        a.put("profile_domain", new Answer.Choice("internal_productivity"));
        a.put("profile_affected", new Answer.Choices(List.of("employees")));
        a.put("profile_audience", new Answer.Choice("internal"));
        a.put("profile_outputs", new Answer.Choices(List.of("text")));
        a.put("profile_jurisdictions", new Answer.Choices(List.of("eu")));
        a.put("profile_practices", new Answer.Choices(List.of("none")));
        a.put("profile_regulated_product", new Answer.Choice("no"));
        a.put("profile_gpai_provider", new Answer.Choice("no"));
        a.put("profile_role", new Answer.Choices(List.of("deploys")));
        a.put("profile_annex_iii_use", new Answer.Choices(List.of("none")));
        a.put("profile_publishes", new Answer.Choice("no"));
        return a;
    }

    private EuAiActIndication classify(Map<String, Answer> answers) {
        return classifier.classify(new AnsweredQuestionnaire(BuiltIn.template("ai-system-profile"), answers));
    }

    private static List<Outcome> outcomes(EuAiActIndication indication) {
        return indication.findings().stream()
                .map(EuAiActIndication.Finding::outcome)
                .toList();
    }

    @Test
    void minimalWhenNothingPointsElsewhere() {
        EuAiActIndication i = classify(minimal());
        assertEquals(List.of(Outcome.MINIMAL), outcomes(i));
        assertEquals(List.of(), i.openQuestions());
        assertEquals("", i.scopeNote());
    }

    @Test
    void prohibitedPracticeComesFirst() {
        Map<String, Answer> a = minimal();
        a.put("profile_practices", new Answer.Choices(List.of("emotion_recognition")));
        a.put("profile_domain", new Answer.Choice("employment"));
        a.put("profile_annex_iii_use", new Answer.Choices(List.of("employment")));
        EuAiActIndication i = classify(a);
        assertEquals(List.of(Outcome.PROHIBITED, Outcome.HIGH_RISK), outcomes(i));
        assertEquals(Outcome.PROHIBITED, i.headline().orElseThrow());
        assertTrue(
                i.findings().get(0).explanation().contains("infers emotions"),
                i.findings().get(0).explanation());
        assertEquals(List.of("profile_practices"), i.findings().get(0).becauseOf());
    }

    @Test
    void highRiskFromAnAnnexIiiUseOrAnAnnexIProduct() {
        Map<String, Answer> a = minimal();
        a.put("profile_domain", new Answer.Choice("credit_finance"));
        assertEquals(List.of(Outcome.MINIMAL), outcomes(classify(a)), "a bank's chatbot scores no one");
        a.put("profile_annex_iii_use", new Answer.Choices(List.of("essential_services")));
        EuAiActIndication scoring = classify(a);
        assertEquals(List.of(Outcome.HIGH_RISK), outcomes(scoring));
        assertTrue(scoring.findings().get(0).explanation().contains("creditworthiness"));
        a.remove("profile_annex_iii_use");
        EuAiActIndication unknown = classify(a);
        assertEquals(List.of(Outcome.HIGH_RISK), outcomes(unknown), "unanswered, the Annex III area counts");
        assertTrue(unknown.openQuestions().contains("profile_annex_iii_use"));
        Map<String, Answer> b = minimal();
        b.put("profile_regulated_product", new Answer.Choice("yes"));
        EuAiActIndication product = classify(b);
        assertEquals(List.of(Outcome.HIGH_RISK), outcomes(product));
        assertEquals(
                List.of("profile_regulated_product"), product.findings().get(0).becauseOf());
    }

    @Test
    void transparencyForProvidersOfSystemsThatTalkOrGenerateAndForDeployersPublishingDeepFakes() {
        Map<String, Answer> a = minimal();
        a.put("profile_audience", new Answer.Choice("public"));
        assertEquals(List.of(Outcome.MINIMAL), outcomes(classify(a)), "the duty to tell sits with the provider");
        a.put("profile_role", new Answer.Choices(List.of("builds_system", "deploys")));
        EuAiActIndication provider = classify(a);
        assertEquals(List.of(Outcome.TRANSPARENCY), outcomes(provider));
        assertTrue(provider.findings().get(0).explanation().contains("Art. 50(1)"));
        assertTrue(provider.findings().get(0).explanation().contains("Art. 50(2)"));
        Map<String, Answer> internal = minimal();
        internal.put("profile_role", new Answer.Choices(List.of("builds_system")));
        assertEquals(List.of(Outcome.TRANSPARENCY), outcomes(classify(internal)), "generated text is marked");
        Map<String, Answer> b = minimal();
        b.put("profile_outputs", new Answer.Choices(List.of("images")));
        assertEquals(List.of(Outcome.MINIMAL), outcomes(classify(b)), "a deployer keeping images in house");
        b.put("profile_publishes", new Answer.Choice("yes"));
        assertEquals(List.of(Outcome.TRANSPARENCY), outcomes(classify(b)), "a deployer publishing deep fakes");
        Map<String, Answer> model = minimal();
        model.put("profile_role", new Answer.Choices(List.of("develops_model", "publishes_weights")));
        model.put("profile_audience", new Answer.Choice("public"));
        model.put("profile_publishes", new Answer.Choice("yes"));
        model.put("profile_outputs", new Answer.Choices(List.of("text", "images")));
        assertEquals(List.of(Outcome.MINIMAL), outcomes(classify(model)), "Art. 50 does not attach to a model");
        Map<String, Answer> unknownRole = minimal();
        unknownRole.remove("profile_role");
        unknownRole.put("profile_outputs", new Answer.Choices(List.of("images")));
        assertEquals(List.of(Outcome.TRANSPARENCY), outcomes(classify(unknownRole)), "unknown role: as a provider");
    }

    @Test
    void generalPurposeModelsWithAndWithoutSystemicRisk() {
        Map<String, Answer> a = minimal();
        a.put("profile_gpai_provider", new Answer.Choice("yes"));
        a.put("profile_gpai_systemic", new Answer.Choice("no"));
        EuAiActIndication plain = classify(a);
        assertEquals(List.of(Outcome.GENERAL_PURPOSE), outcomes(plain));
        assertFalse(plain.findings().get(0).explanation().contains("Art. 55"));
        a.put("profile_gpai_systemic", new Answer.Choice("yes"));
        assertTrue(classify(a).findings().get(0).explanation().contains("Art. 55"));
    }

    @Test
    void aHiddenAnswerNeverCounts() {
        Map<String, Answer> a = minimal();
        a.put("profile_gpai_systemic", new Answer.Choice("yes")); // hidden: the system provides no GPAI model
        assertEquals(List.of(Outcome.MINIMAL), outcomes(classify(a)));
    }

    @Test
    void openQuestionsAndScopeAreNamed() {
        Map<String, Answer> a = minimal();
        a.remove("profile_practices");
        a.put("profile_jurisdictions", new Answer.Choices(List.of("us")));
        EuAiActIndication i = classify(a);
        assertEquals(List.of("profile_practices"), i.openQuestions());
        assertTrue(i.findings().get(0).explanation().contains("unanswered"));
        assertTrue(i.scopeNote().contains("does not list the EU"));
    }

    @Test
    void aQuestionnaireWithoutProfileGivesNoIndication() {
        EuAiActIndication i = classifier.classify(new AnsweredQuestionnaire(BuiltIn.template("quick-check"), Map.of()));
        assertFalse(i.isAvailable());
    }
}
