package org.airisk.workbench.report;

import java.time.LocalDate;
import java.util.List;
import org.airisk.workbench.charts.HeatMap;
import org.airisk.workbench.charts.Radar;
import org.airisk.workbench.charts.StackedBars;
import org.airisk.workbench.scoring.EuAiActIndication;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.RiskScore;

/**
 * Everything one assessment report says, in reading order, ready for any renderer (HTML, PDF, Word, spreadsheet).
 * The renderers only lay it out; none of them decides what goes in.
 */
public record ReportContent(
        Cover cover,
        List<RiskScore> topRisks,
        EuAiActIndication euAiAct,
        List<QuestionAndAnswer> profile,
        Charts charts,
        RiskRegister register,
        List<String> riskNamesByRegisterOrder,
        MitigationPlan plan,
        List<QuestionAndAnswer> openQuestions,
        List<AppendixSection> appendix,
        String contentHash) {

    public record Cover(String title, String systemName, String assessor, String questionnaire, String status,
                        int progressPercent, LocalDate date, String appVersion, String method) {
    }

    public record Charts(HeatMap inherent, HeatMap residual, Radar pillars, StackedBars categories,
                         StackedBars plan) {
    }

    /** A question with the answer in words (empty when unanswered) and the assessor's note. */
    public record QuestionAndAnswer(String questionId, String question, String answer, String note) {
    }

    public record AppendixSection(String title, List<QuestionAndAnswer> questions) {
        public AppendixSection {
            questions = List.copyOf(questions);
        }
    }

    public ReportContent {
        topRisks = List.copyOf(topRisks);
        profile = List.copyOf(profile);
        riskNamesByRegisterOrder = List.copyOf(riskNamesByRegisterOrder);
        openQuestions = List.copyOf(openQuestions);
        appendix = List.copyOf(appendix);
    }

    /** Applicable risks, highest residual first (the register's order in every report). */
    public List<RiskScore> registerRows() {
        return register.ranked();
    }
}
