package org.airisk.workbench.app;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentRepository;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;

/** The partly answered example a newcomer finds on the first start, so the library is never a blank page. */
final class SampleAssessment {
    static final String TEMPLATE = "foundation-model-assessment";

    private SampleAssessment() {}

    static UUID create(AssessmentRepository assessments, QuestionnaireTemplate template) {
        Assessment sample = assessments.create(new NewAssessment(
                "Sample: support assistant pre-launch check",
                "HelpDesk Assistant (sample)",
                "Sample owner",
                template.id(),
                template.version()));
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put(
                "profile_purpose",
                new Answer.Text("Drafts first replies to customer support emails, which agents edit before sending."));
        answers.put("profile_domain", new Answer.Choice("customer_service"));
        answers.put("profile_affected", new Answer.Choices(List.of("employees", "customers")));
        answers.put("profile_people_reached", new Answer.Number(new BigDecimal("42000")));
        answers.put("profile_decision_impact", new Answer.Scale(2));
        answers.put("profile_reversibility", new Answer.Choice("easily"));
        answers.put("profile_human_oversight", new Answer.Choice("human_in_the_loop"));
        answers.put("profile_autonomy", new Answer.Scale(1));
        answers.put("profile_uses_agents", new Answer.Choice("no"));
        answers.put("profile_data_categories", new Answer.Choices(List.of("personal")));
        answers.put("profile_model_provenance", new Answer.Choice("third_party_api"));
        answers.put("profile_rag", new Answer.Choice("yes"));
        answers.put("profile_audience", new Answer.Choice("public"));
        answers.put("profile_jurisdictions", new Answer.Choices(List.of("eu", "uk")));
        answers.put("profile_outputs", new Answer.Choices(List.of("text")));
        answers.put("profile_trains_models", new Answer.Choice("no"));
        answers.put("profile_practices", new Answer.Choices(List.of("none")));
        answers.put("profile_regulated_product", new Answer.Choice("no"));
        answers.put("profile_gpai_provider", new Answer.Choice("no"));
        answers.put("profile_role", new Answer.Choices(List.of("builds_system", "deploys")));
        answers.put("profile_ranks_people", new Answer.Choice("no"));
        answers.put("profile_advice", new Answer.Choice("no"));
        answers.put("profile_publishes", new Answer.Choice("yes"));
        answers.put("profile_inputs", new Answer.Choices(List.of("text", "documents")));
        answers.put("profile_annex_iii_use", new Answer.Choices(List.of("none")));
        answers.put("fm_model_docs", new Answer.Choice("yes"));
        answers.put("fm_model_accuracy", new Answer.Choice("not_sure"));
        answers.put("fm_sec_input_screen", new Answer.Choice("no"));
        answers.put("fm_sec_isolation", new Answer.Choice("not_sure"));
        answers.put("fm_sec_redteam", new Answer.Choice("yes"));
        answers.put("fm_out_grounding", new Answer.Choice("yes"));
        answers.put("fm_out_review", new Answer.Choice("yes"));
        answers.put("fm_out_disclosure", new Answer.Choice("no"));
        answers.put("fm_gov_learning", new Answer.Choice("no"));
        Map<String, Answer> soFar = new LinkedHashMap<>();
        for (Map.Entry<String, Answer> entry : answers.entrySet()) {
            if (template.question(entry.getKey()).isEmpty()) {
                continue;
            }
            soFar.put(entry.getKey(), entry.getValue());
            assessments.saveAnswer(
                    sample.id(),
                    entry.getKey(),
                    entry.getValue(),
                    new AnsweredQuestionnaire(template, soFar).progress());
        }
        assessments.saveNote(sample.id(), "profile_people_reached", "From the support team's monthly ticket report.");
        return sample.id();
    }
}
