package org.airisk.workbench.scoring;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.catalog.Pillar;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalog.RiskCategory;
import org.airisk.workbench.catalog.RiskOrigin;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnswerEffect;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.Condition;
import org.airisk.workbench.questionnaire.Option;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Section;

/**
 * A small questionnaire and catalog for scoring tests: four risks, four mitigations, a profile section included from
 * another template, and a section shown only when the system uses tools.
 */
public final class Fixtures {
    public static final String INJECTION = "atlas-prompt-injection";
    public static final String HALLUCINATION = "atlas-hallucination";
    public static final String CODE = "atlas-harmful-code-generation";
    public static final String AGENT = "atlas-unauthorized-use-agentic";

    public static final Mitigation SCREEN = mitigation("mit-screen", Mitigation.Effort.S, 2, 0, INJECTION);
    public static final Mitigation GROUND = mitigation("mit-ground", Mitigation.Effort.M, 2, 1, HALLUCINATION);
    public static final Mitigation REVIEW =
            mitigation("mit-review", Mitigation.Effort.L, 1, 1, HALLUCINATION, INJECTION);
    public static final Mitigation SANDBOX = mitigation("mit-sandbox", Mitigation.Effort.S, 1, 1, CODE, AGENT);

    public static final RiskCatalog CATALOG = new RiskCatalog(
            List.of(
                    risk(INJECTION, RiskCategory.INFERENCE, Pillar.ROBUSTNESS, Pillar.SECURITY),
                    risk(HALLUCINATION, RiskCategory.OUTPUT, Pillar.ROBUSTNESS),
                    risk(CODE, RiskCategory.OUTPUT, Pillar.SECURITY),
                    risk(AGENT, RiskCategory.AGENTIC, Pillar.GOVERNANCE)),
            List.of(SCREEN, GROUND, REVIEW, SANDBOX));

    public static final QuestionnaireTemplate TEMPLATE = template();

    private Fixtures() {}

    private static Risk risk(String id, RiskCategory category, Pillar... pillars) {
        return new Risk(
                id,
                id.substring(6),
                category,
                "group-" + category.id(),
                RiskOrigin.TRADITIONAL,
                Set.of(pillars),
                "",
                "",
                List.of(),
                null);
    }

    private static Mitigation mitigation(String id, Mitigation.Effort effort, int l, int i, String... risks) {
        return new Mitigation(
                id,
                "Title of " + id,
                "",
                List.of(),
                Mitigation.Type.TECHNICAL,
                Mitigation.Stage.DEPLOYMENT,
                effort,
                l,
                i,
                Arrays.asList(risks),
                List.of());
    }

    private static QuestionnaireTemplate template() {
        Question audience = question(
                "audience",
                QuestionType.SINGLE_CHOICE,
                List.of(AnswerEffect.likelihood(is("audience", "public"), INJECTION, 1)),
                "internal",
                "public");
        Question usesTools = question("uses_tools", QuestionType.YES_NO_UNSURE, List.of());
        Question screening = yesNo("screening", INJECTION, SCREEN.id());
        Question grounding = yesNo("grounding", HALLUCINATION, GROUND.id());
        Question code = question(
                "outputs_code",
                QuestionType.YES_NO_UNSURE,
                List.of(
                        AnswerEffect.notApplicable(is("outputs_code", "no"), CODE),
                        AnswerEffect.impact(is("outputs_code", "yes"), CODE, 1)));
        Question stakes = question(
                "stakes",
                QuestionType.SCALE,
                List.of(AnswerEffect.impact(
                        new Condition.Compare("stakes", Condition.Comparison.AT_LEAST, BigDecimal.valueOf(4)),
                        HALLUCINATION,
                        1)));
        Question limits = yesNo("tool_limits", AGENT, SANDBOX.id());
        Section profile = new Section("profile", "Profile", "", null, List.of(audience, usesTools));
        Section main = new Section("main", "Main", "", null, List.of(screening, grounding, code, stakes));
        Section tools = new Section("tools", "Tools", "", is("uses_tools", "yes"), List.of(limits));
        return new QuestionnaireTemplate("t", 1, "Test", "", List.of(main, tools), List.of())
                .withIncludedSections(List.of(profile));
    }

    /** A yes/no/not sure question: no raises likelihood by 2, not sure by 1, yes counts a control. */
    private static Question yesNo(String id, String risk, String control) {
        return question(
                id,
                QuestionType.YES_NO_UNSURE,
                List.of(
                        AnswerEffect.likelihood(is(id, Question.NO), risk, 2),
                        AnswerEffect.likelihood(is(id, Question.NOT_SURE), risk, 1),
                        AnswerEffect.control(is(id, Question.YES), risk, control)));
    }

    private static Question question(String id, QuestionType type, List<AnswerEffect> effects, String... options) {
        return new Question(
                id,
                type,
                "Text of " + id,
                "",
                List.of(),
                true,
                Arrays.stream(options).map(o -> new Option(o, o)).toList(),
                null,
                null,
                null,
                null,
                List.of(),
                effects);
    }

    static Condition is(String question, String value) {
        return new Condition.Equals(question, value);
    }

    /** Answers from pairs: "screening", "no", "stakes", "4" (scale answers are digits). */
    public static AnsweredQuestionnaire answered(String... pairs) {
        Map<String, Answer> answers = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String value = pairs[i + 1];
            answers.put(
                    pairs[i],
                    value.matches("\\d") ? new Answer.Scale(Integer.parseInt(value)) : new Answer.Choice(value));
        }
        return new AnsweredQuestionnaire(TEMPLATE, answers);
    }

    public static RiskRegister score(AnsweredQuestionnaire state) {
        return new RiskScorer(CATALOG)
                .score(
                        state,
                        ScoringMethod.standard().withVersion(ScoringMethod.ADDITIVE),
                        Map.of(),
                        MitigationPlan.EMPTY);
    }
}
