package org.airisk.workbench.report;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.airisk.workbench.changes.AssessmentChanges;
import org.airisk.workbench.charts.HeatMap;
import org.airisk.workbench.charts.Radar;
import org.airisk.workbench.charts.StackedBars;
import org.airisk.workbench.scoring.EuAiActIndication;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.PlanItem;
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
        String contentHash,
        Methodology methodology,
        Map<String, RiskDetail> details,
        List<Untreated> untreated,
        List<PlanRow> planRows,
        List<EvidenceRow> evidence,
        ChangesSince changesSince,
        SignOffSection signOff) {

    /** Until the review workflow records one, every report says so instead of leaving a blank to sign. */
    public static final String NO_REVIEW = "No review has been recorded for this assessment yet. Once a reviewer "
            + "records a decision, this section will show the decision, its conditions, the reviewer, the date "
            + "and whether it is signed.";
    /** What an unanswered question shows in every format, instead of an empty cell. */
    public static final String NOT_ANSWERED = "Not answered";

    /**
     * @param organisation who the report is prepared by or for (Edit › Report settings); empty for none
     * @param marking      the confidentiality marking on the cover and every page; empty for none
     * @param logo         the client's logo on the cover (Edit › Report settings); null for none
     */
    public record Cover(
            String title,
            String systemName,
            String assessor,
            String questionnaire,
            String status,
            int progressPercent,
            LocalDate date,
            String appVersion,
            String method,
            String organisation,
            String marking,
            Logo logo) {
        public Cover {
            organisation = organisation == null ? "" : organisation;
            marking = marking == null ? "" : marking;
        }

        public Optional<Logo> logoImage() {
            return Optional.ofNullable(logo);
        }

        public Cover(
                String title,
                String systemName,
                String assessor,
                String questionnaire,
                String status,
                int progressPercent,
                LocalDate date,
                String appVersion,
                String method) {
            this(
                    title,
                    systemName,
                    assessor,
                    questionnaire,
                    status,
                    progressPercent,
                    date,
                    appVersion,
                    method,
                    "",
                    "",
                    null);
        }
    }

    /** A PNG or JPEG image, with its size in pixels, as every format embeds it (the report stays one file). */
    public record Logo(byte[] image, String mediaType, int width, int height) {
        public Logo {
            image = image.clone();
        }

        @Override
        public byte[] image() {
            return image.clone();
        }

        /** The image inline, for a page that must not refer to any other file. */
        public String dataUri() {
            return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(image);
        }

        /** The size to print it at, in points: at most {@code maxWidth} wide and {@code maxHeight} high. */
        public double[] fit(double maxWidth, double maxHeight) {
            double scale = Math.min(maxWidth / width, maxHeight / height);
            return new double[] {width * scale, height * scale};
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Logo l && Arrays.equals(image, l.image) && mediaType.equals(l.mediaType);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(image);
        }

        @Override
        public String toString() {
            return "Logo(" + mediaType + ", " + width + "x" + height + ")";
        }
    }

    public record Charts(HeatMap inherent, HeatMap residual, Radar pillars, StackedBars categories, StackedBars plan) {}

    /** A question with the answer in words (empty when unanswered) and the assessor's note. */
    public record QuestionAndAnswer(String questionId, String question, String answer, String note) {}

    public record AppendixSection(String title, List<QuestionAndAnswer> questions) {
        public AppendixSection {
            questions = List.copyOf(questions);
        }
    }

    /** How the ratings were reached: the levels with their score bands, and the rules in plain words. */
    public record Methodology(List<LevelBand> levels, List<String> rules) {
        public Methodology {
            levels = List.copyOf(levels);
            rules = List.copyOf(rules);
        }
    }

    /** A level of the matrix and the scores it covers; within appetite when its highest score is. */
    public record LevelBand(String label, String colour, int fromScore, int toScore, boolean withinAppetite) {}

    /** What the catalog says about a risk: its description and where other frameworks name it. */
    public record RiskDetail(String description, List<String> references) {
        public RiskDetail {
            references = List.copyOf(references);
        }
    }

    /** A risk still above appetite once the plan is in place, with the catalog measures recommended for it. */
    public record Untreated(RiskScore score, List<String> measures) {
        public Untreated {
            measures = List.copyOf(measures);
        }
    }

    /** A plan item with its risks by name, and whether it is past its due date on the report's date. */
    public record PlanRow(PlanItem item, List<String> riskNames, boolean overdue) {
        public PlanRow {
            riskNames = List.copyOf(riskNames);
        }
    }

    /** A file kept as evidence: its name, what it supports, size and SHA-256 (so a reader can check a copy). */
    public record EvidenceRow(String fileName, String supports, String size, String sha256, String addedBy) {}

    /**
     * The appendix "Changes since the approved version": what changed since {@code since} (in words, e.g.
     * "version 2, approved on 2026-03-01"). Absent (null) when the report was not asked to compare.
     */
    public record ChangesSince(String since, AssessmentChanges changes) {
        public ChangesSince {
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(changes, "changes");
        }
    }

    /** A report without the changes appendix. */
    public ReportContent(
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
            String contentHash,
            Methodology methodology,
            Map<String, RiskDetail> details,
            List<Untreated> untreated,
            List<PlanRow> planRows,
            List<EvidenceRow> evidence) {
        this(
                cover,
                topRisks,
                euAiAct,
                profile,
                charts,
                register,
                riskNamesByRegisterOrder,
                plan,
                openQuestions,
                appendix,
                contentHash,
                methodology,
                details,
                untreated,
                planRows,
                evidence,
                null,
                null);
    }

    public ReportContent {
        evidence = List.copyOf(evidence);
        details = Map.copyOf(details);
        untreated = List.copyOf(untreated);
        planRows = List.copyOf(planRows);
        topRisks = List.copyOf(topRisks);
        profile = List.copyOf(profile);
        riskNamesByRegisterOrder = List.copyOf(riskNamesByRegisterOrder);
        openQuestions = List.copyOf(openQuestions);
        appendix = List.copyOf(appendix);
    }

    /** This report with the changes appendix. */
    public ReportContent withChangesSince(ChangesSince changes) {
        return new ReportContent(
                cover,
                topRisks,
                euAiAct,
                profile,
                charts,
                register,
                riskNamesByRegisterOrder,
                plan,
                openQuestions,
                appendix,
                contentHash,
                methodology,
                details,
                untreated,
                planRows,
                evidence,
                changes,
                signOff);
    }

    /** This report with the organisation and confidentiality marking of Edit › Report settings. */
    public ReportContent withBranding(String organisation, String marking) {
        return withCover(organisation, marking, cover.logo());
    }

    /** This report with the client's logo on its cover (null for none). */
    public ReportContent withLogo(Logo logo) {
        return withCover(cover.organisation(), cover.marking(), logo);
    }

    private ReportContent withCover(String organisation, String marking, Logo logo) {
        Cover c = cover;
        return new ReportContent(
                new Cover(
                        c.title(),
                        c.systemName(),
                        c.assessor(),
                        c.questionnaire(),
                        c.status(),
                        c.progressPercent(),
                        c.date(),
                        c.appVersion(),
                        c.method(),
                        organisation,
                        marking,
                        logo),
                topRisks,
                euAiAct,
                profile,
                charts,
                register,
                riskNamesByRegisterOrder,
                plan,
                openQuestions,
                appendix,
                contentHash,
                methodology,
                details,
                untreated,
                planRows,
                evidence,
                changesSince,
                signOff);
    }

    /** This report with the review as recorded. */
    public ReportContent withSignOff(SignOffSection section) {
        return new ReportContent(
                cover,
                topRisks,
                euAiAct,
                profile,
                charts,
                register,
                riskNamesByRegisterOrder,
                plan,
                openQuestions,
                appendix,
                contentHash,
                methodology,
                details,
                untreated,
                planRows,
                evidence,
                changesSince,
                section);
    }

    public Optional<SignOffSection> signOffSection() {
        return Optional.ofNullable(signOff);
    }

    public Optional<ChangesSince> changes() {
        return Optional.ofNullable(changesSince);
    }

    /** Accepted plan items, in plan order. */
    public List<PlanRow> acceptedRows() {
        return planRows.stream().filter(r -> r.item().isAccepted()).toList();
    }

    /** How many ratings rest on unanswered or unsure answers (the worse plausible answer assumed). */
    public int ratingsOnAssumptions() {
        return register.uncertain().size();
    }

    public RiskDetail detail(String riskId) {
        return details.getOrDefault(riskId, new RiskDetail("", List.of()));
    }

    /** Applicable risks, highest residual first (the register's order in every report). */
    public List<RiskScore> registerRows() {
        return register.ranked();
    }
}
