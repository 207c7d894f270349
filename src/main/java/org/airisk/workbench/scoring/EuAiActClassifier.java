package org.airisk.workbench.scoring;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.Question;

/**
 * Pre-classifies a system under the EU AI Act from the answers of its profile. The rules follow the Act's
 * structure: Art. 5 practices, Annex III areas and Annex I products for high risk, Art. 50 for systems that talk to
 * people or make synthetic media, Art. 53/55 for providers of general-purpose models. Hidden answers never count.
 */
public final class EuAiActClassifier {
    public static final String DOMAIN = "profile_domain";
    public static final String PRACTICES = "profile_practices";
    public static final String REGULATED_PRODUCT = "profile_regulated_product";
    public static final String GPAI_PROVIDER = "profile_gpai_provider";
    public static final String GPAI_SYSTEMIC = "profile_gpai_systemic";
    public static final String AUDIENCE = "profile_audience";
    public static final String AFFECTED = "profile_affected";
    public static final String OUTPUTS = "profile_outputs";
    public static final String JURISDICTIONS = "profile_jurisdictions";
    public static final String ANNEX_III_USE = "profile_annex_iii_use";
    public static final String ROLE = "profile_role";
    public static final String PUBLISHES = "profile_publishes";
    /** Roles that make the organisation the provider of an AI system (Art. 3(3)), with the duties of Art. 50(1)-(2). */
    static final Set<String> SYSTEM_PROVIDER_ROLES = Set.of("builds_system", "sells_to_deployers");
    /** Roles that concern a model, not a system: Art. 50 does not attach to a model on its own. */
    static final Set<String> MODEL_ROLES = Set.of("develops_model", "publishes_weights");

    /** Domains the profile offers that are Annex III areas. */
    static final Set<String> ANNEX_III = Set.of(
            "employment",
            "credit_finance",
            "education",
            "public_services",
            "law_enforcement",
            "critical_infrastructure",
            "biometrics",
            "migration_border",
            "justice_democracy");

    private static final String NONE = "none";

    public EuAiActIndication classify(AnsweredQuestionnaire state) {
        if (state.template().question(DOMAIN).isEmpty()) {
            return new EuAiActIndication(List.of(), List.of(), "");
        }
        Map<String, Answer> answers = state.countedAnswers();
        List<String> open = openQuestions(state, answers);
        List<EuAiActIndication.Finding> findings = new ArrayList<>();
        prohibitedPractices(state, answers, findings);
        highRisk(state, answers, findings);
        transparency(answers, findings);
        generalPurposeModel(answers, findings);
        if (findings.isEmpty()) {
            findings.add(new EuAiActIndication.Finding(
                    EuAiActIndication.Outcome.MINIMAL,
                    open.isEmpty()
                            ? "Nothing in the profile points to a prohibited, high-risk, transparency or general-purpose "
                                    + "case."
                            : "Nothing answered so far points to an obligation; unanswered profile questions may change "
                                    + "this.",
                    List.of()));
        }
        return new EuAiActIndication(findings, open, scope(answers));
    }

    /** The profile questions the rules read that are shown but not answered yet. */
    private static List<String> openQuestions(AnsweredQuestionnaire state, Map<String, Answer> answers) {
        List<String> open = new ArrayList<>();
        for (String id : List.of(
                PRACTICES,
                DOMAIN,
                ANNEX_III_USE,
                ROLE,
                REGULATED_PRODUCT,
                GPAI_PROVIDER,
                GPAI_SYSTEMIC,
                AUDIENCE,
                OUTPUTS,
                JURISDICTIONS)) {
            state.template()
                    .question(id)
                    .filter(state::isShown)
                    .filter(q -> !answers.containsKey(id))
                    .ifPresent(q -> open.add(id));
        }
        return open;
    }

    /** Art. 5: practices the Act bans. */
    private static void prohibitedPractices(
            AnsweredQuestionnaire state, Map<String, Answer> answers, List<EuAiActIndication.Finding> findings) {
        Set<String> practices = selected(answers.get(PRACTICES));
        practices.remove(NONE);
        if (!practices.isEmpty()) {
            findings.add(new EuAiActIndication.Finding(
                    EuAiActIndication.Outcome.PROHIBITED,
                    "The system may use a "
                            + "practice the Act bans outright: " + labels(state, PRACTICES, practices)
                            + ". Stop and take legal advice before going further.",
                    List.of(PRACTICES)));
        }
    }

    /** Annex III uses and areas, and Annex I products. */
    private static void highRisk(
            AnsweredQuestionnaire state, Map<String, Answer> answers, List<EuAiActIndication.Finding> findings) {
        String domain = single(answers.get(DOMAIN));
        Set<String> annexUses = selected(answers.get(ANNEX_III_USE));
        annexUses.remove(NONE);
        if (answers.containsKey(ANNEX_III_USE)) {
            if (!annexUses.isEmpty()) {
                findings.add(new EuAiActIndication.Finding(
                        EuAiActIndication.Outcome.HIGH_RISK,
                        "Used for "
                                + labels(state, ANNEX_III_USE, annexUses)
                                + ", a use listed in Annex III: risk management, "
                                + "data governance, logging, human oversight, accuracy and registration duties apply, unless "
                                + "the system only performs a narrow preparatory task and does not profile people "
                                + "(Art. 6(3)).",
                        List.of(ANNEX_III_USE)));
            }
        } else if (ANNEX_III.contains(domain)) {
            findings.add(new EuAiActIndication.Finding(
                    EuAiActIndication.Outcome.HIGH_RISK,
                    "Used in "
                            + labels(state, DOMAIN, Set.of(domain))
                            + ", an area listed in Annex III: risk management, data "
                            + "governance, logging, human oversight, accuracy and registration duties may apply, unless the "
                            + "system only performs a narrow preparatory task (Art. 6(3)).",
                    List.of(DOMAIN)));
        } else if ("health".equals(domain) && !answers.containsKey(ANNEX_III_USE)) {
            findings.add(new EuAiActIndication.Finding(
                    EuAiActIndication.Outcome.HIGH_RISK,
                    "Health and care: "
                            + "high-risk if the system is (part of) a medical device under Annex I, or triages emergency "
                            + "calls or prices health insurance (Annex III). Check which applies.",
                    List.of(DOMAIN)));
        }
        if (yes(answers.get(REGULATED_PRODUCT))) {
            findings.add(new EuAiActIndication.Finding(
                    EuAiActIndication.Outcome.HIGH_RISK,
                    "A product, or the "
                            + "safety component of a product, under the EU harmonisation laws of Annex I: high-risk when the "
                            + "product needs a third-party conformity assessment.",
                    List.of(REGULATED_PRODUCT)));
        }
    }

    /** Art. 50: systems that talk to people or make synthetic media, depending on the organisation's role. */
    private static void transparency(Map<String, Answer> answers, List<EuAiActIndication.Finding> findings) {
        Set<String> outputs = selected(answers.get(OUTPUTS));
        Set<String> affected = selected(answers.get(AFFECTED));
        boolean meetsPeople = "public".equals(single(answers.get(AUDIENCE)))
                || affected.contains("customers")
                || affected.contains("public");
        boolean media = outputs.contains("images") || outputs.contains("audio") || outputs.contains("video");
        Set<String> roles = selected(answers.get(ROLE));
        if (roles.isEmpty()) {
            // the role is not known: the duties of whoever provides a system that talks to people or makes media
            if (meetsPeople && (outputs.contains("text") || outputs.contains("audio"))) {
                findings.add(new EuAiActIndication.Finding(
                        EuAiActIndication.Outcome.TRANSPARENCY,
                        "People outside "
                                + "the organisation interact with it: they must be told they are dealing with an AI system, "
                                + "unless that is obvious (Art. 50(1)).",
                        List.of(AUDIENCE, AFFECTED, OUTPUTS)));
            }
            if (media) {
                findings.add(new EuAiActIndication.Finding(
                        EuAiActIndication.Outcome.TRANSPARENCY,
                        "It generates "
                                + "images, audio or video: synthetic content must be marked as such in a machine-readable "
                                + "way, and deep fakes disclosed (Art. 50(2) and (4)).",
                        List.of(OUTPUTS)));
            }
        } else if (roles.stream().anyMatch(SYSTEM_PROVIDER_ROLES::contains)) {
            boolean talks = meetsPeople && (outputs.contains("text") || outputs.contains("audio"));
            boolean synthetic = media || outputs.contains("text");
            if (talks || synthetic) {
                findings.add(new EuAiActIndication.Finding(
                        EuAiActIndication.Outcome.TRANSPARENCY,
                        "You provide a "
                                + "system that "
                                + (talks
                                        ? "people interact with: they must be told they are dealing with "
                                                + "an AI system, unless that is obvious (Art. 50(1))"
                                                + (synthetic ? "; and that " : ".")
                                        : "")
                                + (synthetic
                                        ? "generates " + (media ? "text, images, audio or video" : "text")
                                                + ": its output must be marked as artificially generated in a machine-readable way, unless "
                                                + "it only assists standard editing or barely changes its input (Art. 50(2))."
                                        : ""),
                        List.of(ROLE, AUDIENCE, AFFECTED, OUTPUTS)));
            }
        } else if (!MODEL_ROLES.containsAll(roles) && media && yes(answers.get(PUBLISHES))) {
            findings.add(new EuAiActIndication.Finding(
                    EuAiActIndication.Outcome.TRANSPARENCY,
                    "You publish images, "
                            + "audio or video it generates: deep fakes must be disclosed as artificially generated "
                            + "(Art. 50(4)).",
                    List.of(ROLE, OUTPUTS, PUBLISHES)));
        }
    }

    /** Art. 53 and 55: providers of general-purpose models. */
    private static void generalPurposeModel(Map<String, Answer> answers, List<EuAiActIndication.Finding> findings) {
        if (yes(answers.get(GPAI_PROVIDER))) {
            boolean systemic = yes(answers.get(GPAI_SYSTEMIC));
            findings.add(new EuAiActIndication.Finding(
                    EuAiActIndication.Outcome.GENERAL_PURPOSE,
                    "You provide a "
                            + "general-purpose model: technical documentation, information for downstream providers, a "
                            + "copyright policy and a training-content summary (Art. 53)"
                            + (systemic
                                    ? "; with systemic risk also evaluations, adversarial testing, incident reporting "
                                            + "and cybersecurity (Art. 55)."
                                    : "."),
                    systemic ? List.of(GPAI_PROVIDER, GPAI_SYSTEMIC) : List.of(GPAI_PROVIDER)));
        }
    }

    /** A note when the profile does not list the EU, else empty. */
    private static String scope(Map<String, Answer> answers) {
        Set<String> jurisdictions = selected(answers.get(JURISDICTIONS));
        return !jurisdictions.isEmpty() && !jurisdictions.contains("eu")
                ? "The profile does not list the EU. The Act still applies if the system is placed on the EU "
                        + "market or its output is used in the EU."
                : "";
    }

    private static String labels(AnsweredQuestionnaire state, String questionId, Set<String> options) {
        Question q = state.template().question(questionId).orElseThrow();
        return String.join(
                ", ",
                q.options().stream()
                        .filter(o -> options.contains(o.id()))
                        .map(o -> o.label().toLowerCase(Locale.ROOT))
                        .toList());
    }

    private static Set<String> selected(Answer answer) {
        if (answer instanceof Answer.Choices c) {
            return new HashSet<>(c.options());
        } else if (answer instanceof Answer.Choice c) {
            return new HashSet<>(Set.of(c.option()));
        }
        return new HashSet<>();
    }

    private static String single(Answer answer) {
        return answer instanceof Answer.Choice c ? c.option() : "";
    }

    private static boolean yes(Answer answer) {
        return new Answer.Choice(Question.YES).equals(answer);
    }
}
