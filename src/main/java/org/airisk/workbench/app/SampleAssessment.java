package org.airisk.workbench.app;

import java.math.BigDecimal;
import java.time.LocalDate;
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
    static final String TEMPLATE = "quick-check";

    private SampleAssessment() {
    }

    static UUID create(AssessmentRepository assessments, QuestionnaireTemplate template) {
        Assessment sample = assessments.create(new NewAssessment("Sample: support assistant pre-launch check",
                "HelpDesk Assistant (sample)", "Sample owner", template.id(), template.version()));
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("purpose_summary", new Answer.Text(
                "Drafts first replies to customer support emails, which agents edit before sending."));
        answers.put("domain", new Answer.Choice("customer_service"));
        answers.put("affected_groups", new Answer.Choices(List.of("employees", "customers")));
        answers.put("people_reached", new Answer.Number(new BigDecimal("42000")));
        answers.put("large_scale_oversight", new Answer.Choice("not_sure"));
        answers.put("decision_impact", new Answer.Scale(2));
        answers.put("model_source", new Answer.Choice("third_party_api"));
        answers.put("personal_data", new Answer.Choice("yes"));
        answers.put("go_live", new Answer.Date(LocalDate.of(2026, 3, 2)));
        Map<String, Answer> soFar = new LinkedHashMap<>();
        for (Map.Entry<String, Answer> entry : answers.entrySet()) {
            if (template.question(entry.getKey()).isEmpty()) {
                continue;
            }
            soFar.put(entry.getKey(), entry.getValue());
            assessments.saveAnswer(sample.id(), entry.getKey(), entry.getValue(),
                    new AnsweredQuestionnaire(template, soFar).progress());
        }
        assessments.saveNote(sample.id(), "people_reached", "From the support team's monthly ticket report.");
        return sample.id();
    }
}
