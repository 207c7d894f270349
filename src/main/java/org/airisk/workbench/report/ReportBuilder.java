package org.airisk.workbench.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.charts.HeatMap;
import org.airisk.workbench.charts.Radar;
import org.airisk.workbench.charts.StackedBars;
import org.airisk.workbench.evidence.Evidence;
import org.airisk.workbench.evidence.EvidenceAnchor;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.MissingAnswer;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.Section;
import org.airisk.workbench.scoring.EuAiActIndication;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.MitigationRecommender;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.Recommendation;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.RiskScore;

/** Gathers an assessment's report from what the app already computes: answers, register, plan, charts. */
public final class ReportBuilder {
    public static final int TOP_RISKS = 5;

    public ReportContent build(
            Assessment assessment,
            AnsweredQuestionnaire answers,
            Map<String, RecordedAnswer> recorded,
            RiskRegister register,
            MitigationPlan plan,
            EuAiActIndication euAiAct,
            RiskCatalog catalog,
            String contentHash,
            LocalDate date,
            String appVersion,
            List<Evidence> evidence) {
        ReportContent.Cover cover = new ReportContent.Cover(
                assessment.title(),
                assessment.systemName(),
                assessment.owner(),
                answers.template().displayName(),
                assessment.status().label(),
                answers.progress().percent(),
                date,
                appVersion,
                register.method().describe());
        List<RiskScore> top = register.ranked().stream().limit(TOP_RISKS).toList();
        AnswerSections sections = AnswerSections.of(answers, recorded);
        ReportContent.Charts charts = new ReportContent.Charts(
                HeatMap.of(register, false),
                HeatMap.of(register, true),
                Radar.byPillar(register),
                StackedBars.byCategory(register, true),
                StackedBars.planByStatus(plan));
        return new ReportContent(
                cover,
                top,
                euAiAct,
                sections.profile(),
                charts,
                register,
                register.applicable().stream().map(s -> s.risk().name()).toList(),
                plan,
                sections.open(),
                sections.appendix(),
                contentHash,
                MethodologyText.of(register.method()),
                details(register, catalog),
                untreated(register, plan, catalog),
                planRows(plan, catalog, date),
                evidenceRows(evidence, answers, catalog, plan));
    }

    /** Each section's questions and answers, those describing the system, and those left open or "not sure". */
    private record AnswerSections(
            List<ReportContent.QuestionAndAnswer> profile,
            List<ReportContent.AppendixSection> appendix,
            List<ReportContent.QuestionAndAnswer> open) {

        static AnswerSections of(AnsweredQuestionnaire answers, Map<String, RecordedAnswer> recorded) {
            List<ReportContent.QuestionAndAnswer> profile = new ArrayList<>();
            List<ReportContent.AppendixSection> appendix = new ArrayList<>();
            List<ReportContent.QuestionAndAnswer> open = new ArrayList<>();
            for (MissingAnswer missing : answers.missingAnswers()) {
                open.add(qa(missing.question(), recorded, answers));
            }
            for (Section section : answers.shownSections()) {
                List<ReportContent.QuestionAndAnswer> rows = new ArrayList<>();
                for (Question q : answers.shownQuestions(section)) {
                    ReportContent.QuestionAndAnswer row = qa(q, recorded, answers);
                    rows.add(row);
                    if (answers.template().isIncluded(q) && !row.answer().isEmpty()) {
                        profile.add(row);
                    }
                    if (new Answer.Choice(Question.NOT_SURE)
                            .equals(answers.countedAnswers().get(q.id()))) {
                        open.add(row);
                    }
                }
                appendix.add(new ReportContent.AppendixSection(section.title(), rows));
            }
            return new AnswerSections(profile, appendix, open);
        }
    }

    /** Each applicable risk's description and references, by risk id. */
    private static Map<String, ReportContent.RiskDetail> details(RiskRegister register, RiskCatalog catalog) {
        Map<String, ReportContent.RiskDetail> details = new HashMap<>();
        for (RiskScore s : register.applicable()) {
            details.put(
                    s.riskId(),
                    new ReportContent.RiskDetail(
                            s.risk().description(),
                            s.risk().references().all().stream()
                                    .map(catalog::label)
                                    .toList()));
        }
        return details;
    }

    /** The plan's items with the names of the risks they address and whether they are overdue on the report's date. */
    private static List<ReportContent.PlanRow> planRows(MitigationPlan plan, RiskCatalog catalog, LocalDate date) {
        return plan.items().stream()
                .map(i -> new ReportContent.PlanRow(
                        i,
                        i.risks().stream()
                                .map(id -> catalog.risk(id).map(Risk::name).orElse(id))
                                .toList(),
                        i.isOverdue(date)))
                .toList();
    }

    /** The evidence files, each with what it supports, its size and its fingerprint. */
    private static List<ReportContent.EvidenceRow> evidenceRows(
            List<Evidence> evidence, AnsweredQuestionnaire answers, RiskCatalog catalog, MitigationPlan plan) {
        return evidence.stream()
                .map(e -> new ReportContent.EvidenceRow(
                        e.fileName(),
                        supports(e.anchor(), answers, catalog, plan),
                        Evidence.readableSize(e.size()),
                        e.sha256(),
                        e.addedBy()))
                .toList();
    }

    /** What a piece of evidence supports, named as the report names it. */
    private static String supports(
            EvidenceAnchor anchor, AnsweredQuestionnaire answers, RiskCatalog catalog, MitigationPlan plan) {
        return switch (anchor.kind()) {
            case ASSESSMENT -> "The whole assessment";
            case QUESTION ->
                "Question: "
                        + answers.template()
                                .question(anchor.ref())
                                .map(Question::text)
                                .orElse(anchor.ref());
            case RISK -> "Risk: " + catalog.risk(anchor.ref()).map(Risk::name).orElse(anchor.ref());
            case PLAN_ITEM ->
                "Plan: "
                        + plan.items().stream()
                                .filter(i -> i.id().toString().equals(anchor.ref()))
                                .map(PlanItem::title)
                                .findFirst()
                                .orElse("a plan item since removed");
        };
    }

    /** Risks above appetite even once the plan is in place, each with the recommended measures that address it. */
    private static List<ReportContent.Untreated> untreated(
            RiskRegister register, MitigationPlan plan, RiskCatalog catalog) {
        List<Recommendation> recommended = new MitigationRecommender(catalog).recommend(register, plan);
        List<ReportContent.Untreated> rows = new ArrayList<>();
        for (RiskScore s : register.aboveAppetiteAfterPlan()) {
            rows.add(new ReportContent.Untreated(
                    s,
                    recommended.stream()
                            .filter(r -> r.riskIds().contains(s.riskId()))
                            .map(r -> r.mitigation().title())
                            .toList()));
        }
        return rows;
    }

    private static ReportContent.QuestionAndAnswer qa(
            Question q, Map<String, RecordedAnswer> recorded, AnsweredQuestionnaire answers) {
        Answer given = answers.countedAnswers().get(q.id());
        RecordedAnswer r = recorded.get(q.id());
        return new ReportContent.QuestionAndAnswer(
                q.id(), q.text(), given == null ? "" : q.describe(given), r == null ? "" : r.note());
    }
}
