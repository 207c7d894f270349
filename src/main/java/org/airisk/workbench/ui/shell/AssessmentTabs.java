package org.airisk.workbench.ui.shell;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.airisk.workbench.comments.CommentAnchor;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.ui.dashboard.DashboardView;
import org.airisk.workbench.ui.dashboard.DashboardViewModel;
import org.airisk.workbench.ui.questionnaire.QuestionnaireView;
import org.airisk.workbench.ui.questionnaire.QuestionnaireViewModel;
import org.airisk.workbench.ui.register.MitigationPlanView;
import org.airisk.workbench.ui.register.MitigationPlanViewModel;
import org.airisk.workbench.ui.register.RiskRegisterView;
import org.airisk.workbench.ui.register.RiskRegisterViewModel;
import org.airisk.workbench.ui.register.ScoringSession;

/**
 * An open assessment: its questionnaire, risk register and mitigation plan as tabs over one scoring session, so
 * an answer changed in one shows in the others at once. The register and plan are built when first opened.
 */
public final class AssessmentTabs extends TabPane {
    private final Tab questionnaire;
    private final Tab register = new Tab("Risk register");
    private final Tab plan = new Tab("Mitigation plan");
    private final Tab dashboard = new Tab("Dashboard");
    private RiskRegisterViewModel registerModel;
    private final QuestionnaireViewModel questionnaireModel;
    private final ScoringSession session;
    private RiskRegisterView registerView;
    private final UserFormats formats;
    private final QuestionnaireView questionnaireView;
    private MitigationPlanViewModel planModel;

    public AssessmentTabs(
            QuestionnaireView questionnaireView,
            QuestionnaireViewModel questionnaireModel,
            ScoringSession session,
            UserFormats formats) {
        this.questionnaireModel = questionnaireModel;
        this.session = session;
        this.formats = formats;
        this.questionnaireView = questionnaireView;
        setId("assessment-tabs");
        questionnaire = new Tab("Questionnaire", questionnaireView);
        questionnaire.setId("tab-questionnaire");
        register.setId("tab-register");
        plan.setId("tab-plan");
        dashboard.setId("tab-dashboard");
        for (Tab tab : new Tab[] {questionnaire, register, plan, dashboard}) {
            tab.setClosable(false);
        }
        getTabs().addAll(questionnaire, register, plan, dashboard);
        getSelectionModel().selectedItemProperty().addListener((obs, old, tab) -> build(tab));
    }

    private void build(Tab tab) {
        if (tab == register && register.getContent() == null) {
            registerModel = new RiskRegisterViewModel(session);
            registerView = new RiskRegisterView(registerModel, this::goToQuestion);
            register.setContent(registerView);
        } else if (tab == plan && plan.getContent() == null) {
            planModel = new MitigationPlanViewModel(session);
            plan.setContent(new MitigationPlanView(planModel, formats));
        } else if (tab == dashboard && dashboard.getContent() == null) {
            dashboard.setContent(new DashboardView(new DashboardViewModel(session), this::openRisk));
        }
    }

    public void showQuestionnaire() {
        getSelectionModel().select(questionnaire);
    }

    public void showRegister() {
        getSelectionModel().select(register);
    }

    public void showPlan() {
        getSelectionModel().select(plan);
    }

    public void showDashboard() {
        getSelectionModel().select(dashboard);
    }

    /** Shows one risk in the register, e.g. picked on the dashboard or a submission gap. */
    public void openRisk(String riskId) {
        showRegister();
        registerModel.select(riskId);
    }

    /** True when the register is showing, so Ctrl+F searches it. */
    public boolean focusRegisterSearch() {
        if (getSelectionModel().getSelectedItem() == register && registerView != null) {
            registerView.focusSearch();
            return true;
        }
        return false;
    }

    public boolean isQuestionnaireShown() {
        return getSelectionModel().getSelectedItem() == questionnaire;
    }

    public void goToQuestion(String questionId) {
        showQuestionnaire();
        questionnaireModel.goTo(questionId);
    }

    /** What a new comment is on: the current question, the selected risk or plan item; null on the dashboard. */
    public CommentAnchor commentAnchor() {
        Tab shown = getSelectionModel().getSelectedItem();
        if (shown == questionnaire) {
            return questionnaireView
                    .currentQuestion()
                    .map(CommentAnchor::question)
                    .orElse(null);
        }
        if (shown == register
                && registerModel != null
                && registerModel.selectedProperty().get() != null) {
            return CommentAnchor.risk(registerModel.selectedProperty().get().riskId());
        }
        if (shown == plan && planModel != null && planModel.selectedProperty().get() != null) {
            return CommentAnchor.planItem(planModel.selectedProperty().get().id());
        }
        return null;
    }

    public ScoringSession session() {
        return session;
    }
}
