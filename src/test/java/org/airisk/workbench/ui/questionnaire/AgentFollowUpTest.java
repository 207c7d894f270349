package org.airisk.workbench.ui.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.FollowUpAssessment;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The agent questionnaire is offered once the profile says the system uses agents, and starts from its answers. */
class AgentFollowUpTest {
    @TempDir
    Path folder;

    @Test
    void profileSayingAgentsOffersTheAgentAssessmentWithProfileAnswersCarriedOver() {
        TemplateLibrary templates = TemplateLibrary.load(null);
        QuestionnaireTemplate fm =
                templates.newest("foundation-model-assessment").orElseThrow();
        QuestionnaireTemplate agent =
                templates.newest(QuestionnaireViewModel.AGENT_QUESTIONNAIRE).orElseThrow();
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            JdbcAssessmentRepository repository = new JdbcAssessmentRepository(db, TestClock.FIXED);
            Assessment a = repository.create(new NewAssessment("Helpdesk", "HelpBot", "Ann", fm.id(), fm.version()));
            QuestionnaireViewModel model = new QuestionnaireViewModel(
                    a, fm, repository.answers(a.id()), repository, new ImmediateBackgroundWork());
            assertFalse(model.agentAssessmentSuggestedProperty().get());
            model.answerProperty("profile_domain").set(new Answer.Choice("customer_service"));
            model.noteProperty("profile_domain").set("per the product brief");
            model.answerProperty("fm_data_inventory").set(new Answer.Choice("yes"));
            model.answerProperty(QuestionnaireViewModel.USES_AGENTS).set(new Answer.Choice("yes"));
            assertTrue(model.agentAssessmentSuggestedProperty().get());

            Assessment followUp = FollowUpAssessment.start(repository, a, agent, "Helpdesk \u2013 agents");
            var carried = repository.answers(followUp.id());
            assertEquals(agent.id(), followUp.templateId());
            assertEquals("HelpBot", followUp.systemName());
            assertEquals(
                    new Answer.Choice("customer_service"),
                    carried.get("profile_domain").answer());
            assertEquals("per the product brief", carried.get("profile_domain").note());
            assertEquals(
                    new Answer.Choice("yes"),
                    carried.get(QuestionnaireViewModel.USES_AGENTS).answer());
            assertNull(carried.get("fm_data_inventory"), "only questions the agent questionnaire asks are carried");
            assertTrue(followUp.progressPercent() > 0);

            QuestionnaireViewModel agentModel =
                    new QuestionnaireViewModel(followUp, agent, carried, repository, new ImmediateBackgroundWork());
            assertFalse(agentModel.agentAssessmentSuggestedProperty().get(), "not offered inside itself");
        }
    }
}
