package org.airisk.workbench.ui.register;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javafx.beans.property.SimpleObjectProperty;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.catalog.Pillar;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalog.RiskCategory;
import org.airisk.workbench.catalog.RiskOrigin;
import org.airisk.workbench.charts.HeatMap;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnswerEffect;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.Condition;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Section;
import org.airisk.workbench.report.ReportBuilder;
import org.airisk.workbench.report.ReportContent;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.RiskOrder;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.testing.NoRegisterStore;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.airisk.workbench.ui.dashboard.DashboardViewModel;
import org.junit.jupiter.api.Test;

/**
 * Two risks alike in every rating and in name (an imported risk beside a built-in one) are listed in the same order
 * by the register, the dashboard (its highest risks and a heat-map cell's risks) and the report: before, each kept the catalog's order of the pair, which a re-import
 * or another library could change, so the same assessment could list them differently.
 */
class OneRiskOrderTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    /** Two risks alike in all but their ids; the catalog lists the one whose id sorts later first. */
    private static final String FIRST_LISTED = "atlas-zzz-built-in-leak";

    private static final String TWIN = "atlas-aaa-imported-leak";

    @Test
    void registerDashboardAndReportOrderATieTheSameWay() {
        List<Risk> risks = new ArrayList<>();
        List<AnswerEffect> effects = new ArrayList<>();
        for (String id : List.of(FIRST_LISTED, TWIN)) {
            risks.add(new Risk(
                    id,
                    "Data leakage",
                    RiskCategory.OUTPUT,
                    "group-output",
                    RiskOrigin.TRADITIONAL,
                    Set.of(Pillar.PRIVACY),
                    "",
                    "",
                    List.of(),
                    null));
            effects.add(AnswerEffect.likelihood(new Condition.Equals("leak_guard", Question.NO), id, 2));
        }
        RiskCatalog catalog = new RiskCatalog(risks, List.of());
        Question guard = new Question(
                "leak_guard",
                QuestionType.YES_NO_UNSURE,
                "Is output screened for leaks?",
                "",
                List.of(),
                true,
                List.of(),
                null,
                null,
                null,
                null,
                List.of(),
                effects);
        QuestionnaireTemplate template = new QuestionnaireTemplate(
                "t", 1, "Test", "", List.of(new Section("main", "Main", "", null, List.of(guard))), List.of());
        AnsweredQuestionnaire answers =
                new AnsweredQuestionnaire(template, Map.of("leak_guard", new Answer.Choice(Question.NO)));
        ScoringSession session = new ScoringSession(
                UUID.randomUUID(),
                new SimpleObjectProperty<>(answers),
                new ScoringSession.Records(ScoringMethod.standard(), Map.of(), MitigationPlan.EMPTY),
                catalog,
                new NoRegisterStore(),
                new ImmediateBackgroundWork(),
                new SimpleObjectProperty<>(ScoringMethod.standard()),
                () -> TODAY);
        RiskRegister register = session.registerProperty().get();
        RiskScore builtIn = register.score(FIRST_LISTED).orElseThrow();
        RiskScore imported = register.score(TWIN).orElseThrow();
        assertEquals(builtIn.rank(), imported.rank(), "the two are tied on rating");

        List<String> expected = List.of(TWIN, FIRST_LISTED);
        assertEquals(expected, pair(new RiskRegisterViewModel(session).shownRisks()), "register");
        DashboardViewModel dashboard = new DashboardViewModel(session);
        assertEquals(expected, pair(dashboard.highest()), "dashboard");
        HeatMap.Cell cell = HeatMap.of(register, true)
                .cell(builtIn.residual().likelihood(), builtIn.residual().impact())
                .orElseThrow();
        assertEquals(
                expected,
                cell.riskIds().stream()
                        .filter(id -> id.equals(TWIN) || id.equals(FIRST_LISTED))
                        .toList(),
                "heat-map cell");
        dashboard.selectedCellProperty().set(cell);
        assertEquals(expected, pair(dashboard.cellRisks()), "dashboard's risks of the chosen cell");
        ReportContent report = new ReportBuilder()
                .build(
                        new Assessment(
                                UUID.randomUUID(),
                                "Bot",
                                "Bot",
                                "Ann",
                                template.id(),
                                template.version(),
                                AssessmentStatus.IN_PROGRESS,
                                0,
                                Instant.EPOCH,
                                Instant.EPOCH),
                        answers,
                        Map.of(),
                        register,
                        MitigationPlan.EMPTY,
                        session.indicationProperty().get(),
                        catalog,
                        "",
                        TODAY,
                        "test",
                        List.of());
        assertEquals(expected, pair(report.registerRows()), "report register");
        assertEquals(expected, pair(report.topRisks()), "report's highest risks");
        assertEquals(
                expected,
                pair(register.applicable().stream()
                        .sorted(RiskOrder.HIGHEST_FIRST)
                        .toList()));
    }

    /** The two tied risks, in the order the list gives them. */
    private static List<String> pair(List<RiskScore> listed) {
        return listed.stream()
                .map(RiskScore::riskId)
                .filter(id -> id.equals(TWIN) || id.equals(FIRST_LISTED))
                .toList();
    }
}
