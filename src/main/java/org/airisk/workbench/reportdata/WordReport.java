package org.airisk.workbench.reportdata;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.airisk.workbench.charts.ChartText;
import org.airisk.workbench.charts.SvgCharts;
import org.airisk.workbench.report.ReportContent;
import org.airisk.workbench.report.ReportText;
import org.airisk.workbench.scoring.Contribution;
import org.airisk.workbench.scoring.EuAiActIndication;
import org.airisk.workbench.scoring.NotApplicableRisk;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RiskScore;
import org.apache.poi.common.usermodel.PictureType;

/** The report as a Word document a team can edit: the same sections, in the same order, as the PDF. */
final class WordReport {
    private WordReport() {}

    static void write(ReportContent r, OutputStream out) throws IOException {
        ReportContent.Cover c = r.cover();
        try (WordDocument doc = new WordDocument("AI risk assessment: " + c.title(), c.assessor(), c.systemName())) {
            cover(doc, r, "AI risk assessment: ");
            doc.pageBreak();

            summary(doc, r);
            doc.heading("Heading1", ReportText.PROFILE);
            doc.table(
                    new int[] {2, 3},
                    header(
                            List.of("Question", "Answer"),
                            r.profile().stream()
                                    .map(q -> List.of(q.question(), ReportText.answer(q)))
                                    .toList()),
                    true);
            methodology(doc, r);
            charts(doc, r);
            register(doc, r);
            untreated(doc, r);
            plan(doc, r);
            doc.heading("Heading1", ReportText.OPEN);
            if (r.openQuestions().isEmpty()) {
                doc.text(ReportText.NONE_OPEN);
            } else {
                doc.table(new int[] {4, 2, 3}, questions(r.openQuestions()), true);
            }
            signOff(doc, r);
            evidence(doc, r);
            r.changes().ifPresent(changes -> {
                doc.heading("Heading1", ReportText.CHANGES);
                doc.text(ReportText.changesIntro(changes));
                if (!changes.changes().isEmpty()) {
                    doc.table(
                            new int[] {2, 3, 3, 3},
                            header(ReportText.CHANGE_COLUMNS, ReportText.changeRows(changes)),
                            true);
                }
            });
            doc.heading("Heading1", ReportText.APPENDIX);
            for (ReportContent.AppendixSection s : r.appendix()) {
                doc.heading("Heading2", s.title());
                doc.table(new int[] {4, 2, 3}, questions(s.questions()), true);
            }
            doc.code("Content hash (SHA-256 of the assessment's canonical JSON, see docs/hash.md): ", r.contentHash());
            doc.write(out);
        }
    }

    /** The cover: logo, marking, title, the assessment's particulars, the hash, contents and the footer. */
    static void cover(WordDocument doc, ReportContent r, String titlePrefix) throws IOException {
        ReportContent.Cover c = r.cover();
        if (c.logo() != null) {
            logo(doc, c);
        }
        if (!c.marking().isEmpty()) {
            doc.text(c.marking());
        }
        doc.heading("Title", titlePrefix + c.title());
        List<List<String>> coverRows = new ArrayList<>();
        if (!c.organisation().isEmpty()) {
            coverRows.add(List.of("Organisation", c.organisation()));
        }
        doc.table(
                new int[] {1, 3},
                concat(
                        coverRows,
                        List.of(
                                List.of("AI system", c.systemName()),
                                List.of("Assessor", c.assessor()),
                                List.of("Questionnaire", c.questionnaire()),
                                List.of("Status", ReportText.status(c)),
                                List.of("Date", c.date().toString()),
                                List.of("Scoring method", c.method()),
                                List.of("Produced with", "AI Risk Workbench " + c.appVersion()))),
                false);
        doc.code("Content hash (SHA-256): ", r.contentHash());
        doc.heading("Heading2", "Contents");
        doc.contents();
        doc.footer((c.marking().isEmpty() ? "" : c.marking() + " \u00b7 ") + c.title(), r.contentHash());
    }

    private static void logo(WordDocument doc, ReportContent.Cover c) throws IOException {
        ReportContent.Logo logo = c.logo();
        double[] size = logo.fit(170, 60);
        boolean png = logo.mediaType().equals("image/png");
        doc.image(
                logo.image(),
                png ? PictureType.PNG : PictureType.JPEG,
                png ? "logo.png" : "logo.jpg",
                c.organisation().isEmpty() ? "Client logo" : "Logo of " + c.organisation(),
                size[0],
                size[1]);
    }

    static void signOff(WordDocument doc, ReportContent r) {
        doc.heading("Heading1", ReportText.SIGN_OFF);
        if (r.signOffSection().map(s -> s.decision() == null).orElse(true)) {
            doc.text(ReportContent.NO_REVIEW);
        }
        r.signOffSection().ifPresent(s -> doc.table(new int[] {1, 3}, s.rows(), false));
    }

    private static void summary(WordDocument doc, ReportContent r) {
        doc.heading("Heading1", ReportText.SUMMARY);
        ReportText.summary(r).forEach(doc::text);
        doc.heading("Heading2", "Highest risks");
        doc.table(
                new int[] {3, 2, 2, 2},
                header(
                        List.of("Risk", "Inherent", "Residual now", "Target"),
                        r.topRisks().stream()
                                .map(s -> List.of(
                                        s.risk().name(),
                                        s.inherent().toString(),
                                        s.residual().toString(),
                                        s.target().toString()))
                                .toList()),
                true);
        doc.heading("Heading2", "EU AI Act (indicative)");
        if (!r.euAiAct().isAvailable()) {
            doc.text(r.euAiAct().summary());
        }
        for (EuAiActIndication.Finding f : r.euAiAct().findings()) {
            doc.bullet(f.outcome().label() + " (" + f.outcome().articles() + "): " + f.explanation());
        }
        if (!r.euAiAct().scopeNote().isEmpty()) {
            doc.text(r.euAiAct().scopeNote());
        }
        doc.note(EuAiActIndication.NOTE);
    }

    private static void methodology(WordDocument doc, ReportContent r) {
        doc.heading("Heading1", ReportText.METHOD);
        r.methodology().rules().forEach(doc::text);
        doc.table(
                new int[] {2, 2, 2},
                header(
                        List.of("Level", "Scores", "Risk appetite"),
                        r.methodology().levels().stream()
                                .map(l -> List.of(
                                        l.label(),
                                        l.fromScore() + "\u2013" + l.toScore(),
                                        l.withinAppetite() ? "within" : "above"))
                                .toList()),
                true);
    }

    private static void charts(WordDocument doc, ReportContent r) throws IOException {
        doc.heading("Heading1", ReportText.CHARTS);
        ReportContent.Charts charts = r.charts();
        doc.picture(
                SvgCharts.heatMap(charts.inherent()), "Inherent risk heat map", ChartText.of(charts.inherent()), 3.2);
        doc.picture(
                SvgCharts.heatMap(charts.residual()), "Residual risk heat map", ChartText.of(charts.residual()), 3.2);
        doc.picture(SvgCharts.radar(charts.pillars()), "Risk by pillar", ChartText.of(charts.pillars()), 5.4);
        doc.picture(SvgCharts.bars(charts.categories()), "Risks by category", ChartText.of(charts.categories()), 5.2);
        if (r.acceptedRows().isEmpty()) {
            doc.text(ReportText.NO_PLAN_CHART);
        } else {
            doc.picture(SvgCharts.bars(charts.plan()), "Plan by status", ChartText.of(charts.plan()), 5.2);
        }
    }

    private static void register(WordDocument doc, ReportContent r) {
        doc.heading("Heading1", ReportText.REGISTER);
        doc.table(
                new int[] {4, 3, 2, 2, 2},
                header(
                        List.of("Risk", "Category", "Inherent", "Residual now", "Target"),
                        r.registerRows().stream()
                                .map(s -> List.of(
                                        s.risk().name() + (s.isOverridden() ? " \u270e" : "") + "\n" + s.riskId(),
                                        s.risk().category().label(),
                                        s.inherent().toString(),
                                        s.residual().toString(),
                                        s.target().toString()))
                                .toList()),
                true);
        doc.heading("Heading2", "Why each risk is rated so");
        for (RiskScore s : r.registerRows()) {
            doc.heading("Heading3", s.risk().name());
            ReportContent.RiskDetail detail = r.detail(s.riskId());
            if (!detail.description().isEmpty()) {
                doc.text(detail.description());
            }
            doc.text("Inherent " + s.inherent() + ", residual now " + s.residual() + ", target " + s.target() + ".");
            if (s.isOverridden()) {
                doc.note("\u270e Overridden by the assessor (calculated " + s.calculated() + "): "
                        + s.override().justification());
            }
            for (Contribution k : s.reasons()) {
                doc.bullet(ReportText.reason(k));
            }
            for (Contribution k : s.reductions()) {
                doc.bullet(ReportText.reduction(k));
            }
            if (s.restsOnAssumptions()) {
                doc.text(ReportText.assumptions(s));
            }
            if (!detail.references().isEmpty()) {
                doc.text("Framework references: " + String.join("; ", detail.references()) + ".");
            }
        }
        doc.heading("Heading2", "Not applicable");
        List<NotApplicableRisk> na = r.register().notApplicable();
        if (na.isEmpty()) {
            doc.text("None.");
        } else {
            doc.table(
                    new int[] {2, 3},
                    header(
                            List.of("Risk", "Why it is left out"),
                            na.stream()
                                    .map(n -> List.of(n.risk().name(), n.reason()))
                                    .toList()),
                    true);
        }
    }

    private static void untreated(WordDocument doc, ReportContent r) {
        doc.heading("Heading1", ReportText.UNTREATED);
        if (r.untreated().isEmpty()) {
            doc.text(ReportText.NONE_UNTREATED);
            return;
        }
        doc.text(ReportText.UNTREATED_INTRO);
        doc.table(
                new int[] {3, 2, 5},
                header(
                        List.of("Risk", "Target residual", "Recommended measures"),
                        r.untreated().stream()
                                .map(u -> List.of(
                                        u.score().risk().name(),
                                        u.score().target().toString(),
                                        ReportText.measures(u)))
                                .toList()),
                true);
    }

    private static void plan(WordDocument doc, ReportContent r) {
        doc.heading("Heading1", ReportText.PLAN);
        List<ReportContent.PlanRow> accepted = r.acceptedRows();
        if (accepted.isEmpty()) {
            doc.text(ReportText.NO_PLAN);
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (ReportContent.PlanRow row : accepted) {
                PlanItem i = row.item();
                rows.add(List.of(
                        i.title() + (i.notes().isEmpty() ? "" : "\n" + i.notes()),
                        String.join("\n", row.riskNames()),
                        i.owner(),
                        ReportText.due(row),
                        i.priority().label(),
                        i.status().label(),
                        i.effort().name()));
            }
            doc.table(
                    new int[] {5, 4, 2, 3, 2, 2, 1},
                    header(List.of("Measure", "Risks", "Owner", "Due", "Priority", "Status", "Effort"), rows),
                    true);
        }
        List<ReportContent.PlanRow> rejected =
                r.planRows().stream().filter(p -> !p.item().isAccepted()).toList();
        if (!rejected.isEmpty()) {
            doc.heading("Heading2", "Rejected recommendations");
            doc.table(
                    new int[] {3, 3, 4},
                    header(
                            List.of("Mitigation", "Risks", "Reason"),
                            rejected.stream()
                                    .map(p -> List.of(
                                            p.item().title(),
                                            String.join("\n", p.riskNames()),
                                            p.item().reason()))
                                    .toList()),
                    true);
        }
    }

    private static void evidence(WordDocument doc, ReportContent r) {
        doc.heading("Heading1", ReportText.EVIDENCE);
        if (r.evidence().isEmpty()) {
            doc.text(ReportText.NO_EVIDENCE);
            return;
        }
        doc.note(ReportText.EVIDENCE_CHECK);
        doc.table(
                new int[] {3, 4, 1, 2},
                header(
                        List.of("File", "Supports", "Size", "Added by"),
                        r.evidence().stream()
                                .map(e -> List.of(e.fileName(), e.supports(), e.size(), e.addedBy()))
                                .toList()),
                true);
        for (ReportContent.EvidenceRow e : r.evidence()) {
            doc.code(e.fileName() + ", SHA-256: ", e.sha256());
        }
    }

    private static List<List<String>> questions(List<ReportContent.QuestionAndAnswer> questions) {
        return header(
                List.of("Question", "Answer", "Assessor note"),
                questions.stream()
                        .map(q -> List.of(q.question(), ReportText.answer(q), q.note()))
                        .toList());
    }

    private static List<List<String>> concat(List<List<String>> first, List<List<String>> then) {
        List<List<String>> all = new ArrayList<>(first);
        all.addAll(then);
        return all;
    }

    static List<List<String>> header(List<String> header, List<List<String>> body) {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(body);
        return all;
    }
}
