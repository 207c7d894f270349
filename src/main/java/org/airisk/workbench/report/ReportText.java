package org.airisk.workbench.report;

import java.util.ArrayList;
import java.util.List;
import org.airisk.workbench.scoring.Contribution;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.scoring.ScoringMethod;

/** The report's words, shared by every format so the PDF, HTML and Word documents say the same things. */
public final class ReportText {
    public static final String SUMMARY = "Executive summary";
    public static final String PROFILE = "Scope and system profile";
    public static final String METHOD = "Methodology";
    public static final String CHARTS = "Charts";
    public static final String REGISTER = "Risk register";
    public static final String UNTREATED = "Risks above appetite without treatment";
    public static final String PLAN = "Mitigation plan";
    public static final String OPEN = "Unanswered and unsure questions";
    public static final String SIGN_OFF = "Review and sign-off";
    public static final String APPENDIX = "Appendix: every answer and note";
    public static final String EVIDENCE = "Evidence";
    /** What the evidence section says when no file was attached. */
    public static final String NO_EVIDENCE = "No evidence files are attached to this assessment.";
    /** How a reader checks a copy of an evidence file against the report. */
    public static final String EVIDENCE_CHECK = "Each file's SHA-256 was recorded when it was attached; a copy is the "
            + "same file when its SHA-256 (sha256sum, Get-FileHash or shasum -a 256) matches.";

    public static final String CHANGES = "Changes since the approved version";
    public static final List<String> CHANGE_COLUMNS = List.of("Section", "What", "Before", "After");
    public static final String NONE_OPEN = "Every required question is answered, and none with \u201cnot sure\u201d.";
    public static final String NONE_UNTREATED =
            "No risk stays above the risk appetite once the accepted plan is in " + "place.";
    public static final String UNTREATED_INTRO = "These risks stay above the risk appetite even with every accepted "
            + "plan measure in place. The measures listed are the catalog's recommendations for each, not yet "
            + "accepted or rejected in the plan.";
    public static final String NO_PLAN = "No measure accepted yet.";
    public static final String NO_PLAN_CHART = "No chart of the plan: no measure is accepted yet.";

    private ReportText() {}

    /** The sentence that opens the changes appendix: compared with what, and how many changes. */
    public static String changesIntro(ReportContent.ChangesSince c) {
        int n = c.changes().changes().size();
        return "Compared with " + c.since() + ": " + (n == 0 ? "no changes." : n == 1 ? "1 change." : n + " changes.");
    }

    /** One row per change: section, what changed, before and after. */
    public static List<List<String>> changeRows(ReportContent.ChangesSince c) {
        return c.changes().changes().stream()
                .map(ch -> List.of(ch.section().label(), ch.subject(), ch.before(), ch.after()))
                .toList();
    }

    public static String status(ReportContent.Cover c) {
        return c.status() + " (" + c.progressPercent() + "% of required questions answered)";
    }

    /** The answer in words, or "Not answered": never an empty cell a reader must interpret. */
    public static String answer(ReportContent.QuestionAndAnswer q) {
        return q.answer().isEmpty() ? ReportContent.NOT_ANSWERED : q.answer();
    }

    /** The due date (ISO, so it never breaks over lines), with "overdue" when it has passed. */
    public static String due(ReportContent.PlanRow row) {
        if (row.item().due() == null) {
            return "";
        }
        return row.item().due() + (row.overdue() ? " (overdue)" : "");
    }

    public static String reason(Contribution c) {
        return c.kind().label() + ": " + c.subject() + (c.detail().isEmpty() ? "" : " \u2014 " + c.detail())
                + (c.effect().isEmpty() || c.kind() == Contribution.Kind.START ? "" : " (" + c.effect() + ")");
    }

    public static String reduction(Contribution c) {
        return c.kind().label() + ": " + c.subject() + (c.detail().isEmpty() ? "" : " \u2014 " + c.detail())
                + (c.effect().isEmpty() ? "" : " (" + c.effect() + ")");
    }

    public static String assumptions(RiskScore s) {
        return "Rests on " + s.uncertainQuestions().size() + " unanswered or unsure answer(s); the worse plausible "
                + "answer is assumed.";
    }

    public static String measures(ReportContent.Untreated u) {
        return u.measures().isEmpty()
                ? "No further catalog measure lowers it: decide whether to accept it, or add "
                        + "a measure of your own."
                : String.join("\n", u.measures());
    }

    /** The executive summary's sentences: how many risks, against appetite now and with the plan, and assumptions. */
    public static List<String> summary(ReportContent r) {
        return summary(r, UNTREATED);
    }

    /** As {@link #summary(ReportContent)}, naming the section where the untreated risks' measures are listed. */
    public static List<String> summary(ReportContent r, String untreatedSection) {
        RiskRegister register = r.register();
        var overall = register.overall();
        List<String> text = new ArrayList<>();
        text.add(overall.risks() + " applicable risks; " + overall.aboveAppetite() + " are above the risk appetite "
                + "with the measures in place now, and "
                + register.aboveAppetiteAfterPlan().size() + " once every "
                + "accepted plan item is in place.");
        text.add("Residual risk now: " + byLevel(register, false) + ". Target residual, with the accepted plan: "
                + byLevel(register, true) + ".");
        int assumed = r.ratingsOnAssumptions();
        text.add(
                assumed == 0
                        ? "No rating rests on an assumption: every question that bears on a risk is answered."
                        : assumed + " of " + overall.risks()
                                + " ratings rest on assumptions: a question bearing on them is "
                                + "unanswered or answered \u201cnot sure\u201d, and the worst plausible answer is assumed until it "
                                + "is answered.");
        text.add(
                r.untreated().isEmpty()
                        ? NONE_UNTREATED
                        : r.untreated().size() + " risk(s) stay above appetite "
                                + "without treatment in the plan; the section \u201c" + untreatedSection
                                + "\u201d lists the measures "
                                + "recommended for each.");
        return text;
    }

    private static String byLevel(RiskRegister register, boolean target) {
        ScoringMethod method = register.method();
        int[] counts = new int[method.levels().size()];
        for (RiskScore s : register.applicable()) {
            counts[method.levelIndex((target ? s.target() : s.residual()).level())]++;
        }
        List<String> parts = new ArrayList<>();
        for (int i = counts.length - 1; i >= 0; i--) {
            parts.add(method.levels().get(i).label() + " " + counts[i]);
        }
        return String.join(", ", parts);
    }
}
