package org.airisk.workbench.changes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.exchange.ScoredPackage;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.scoring.StoredScoring;

/**
 * What changed between two versions of one assessment, section by section: details, scoring method, answers,
 * notes, overrides, the resulting ratings and levels of each risk, and the plan. Both versions are scored as the
 * register scores them, so a level that moved because an answer changed shows here as it would on screen.
 * The order is fixed (sections in {@link Change.Section} order; questions in questionnaire order; risks in the
 * newer register's order; plan items in plan order), so the same two versions always give the same list.
 */
public record AssessmentChanges(List<Change> changes) {
    public static final String NO_CHANGES = "No changes";

    public AssessmentChanges {
        changes = List.copyOf(changes);
    }

    /**
     * @param methodIfUnscored the method a version never scored yet would be scored with (Settings)
     * @throws IllegalArgumentException when a version follows a questionnaire not installed here
     */
    public static AssessmentChanges between(
            PackagedAssessment older,
            PackagedAssessment newer,
            StoredScoring.Questionnaires questionnaires,
            RiskCatalog catalog,
            ScoringMethod methodIfUnscored) {
        ScoredPackage before = ScoredPackage.of(older, questionnaires, catalog, methodIfUnscored);
        ScoredPackage after = ScoredPackage.of(newer, questionnaires, catalog, methodIfUnscored);
        List<Change> all = new ArrayList<>();
        details(older.assessment(), newer.assessment(), all);
        if (!before.method().equals(after.method())) {
            all.add(new Change(
                    Change.Section.METHOD,
                    "Scoring method",
                    before.method().describe(),
                    after.method().describe()));
        }
        answersAndNotes(before, after, all);
        new OverrideChanges(catalog).compare(older.overrides(), newer.overrides(), all);
        ratings(before, after, all);
        new PlanChanges(catalog).compare(older.plan(), newer.plan(), all);
        return new AssessmentChanges(all);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    public List<Change> in(Change.Section section) {
        return changes.stream().filter(c -> c.section() == section).toList();
    }

    /** The sections that hold at least one change, in order. */
    public List<Change.Section> sections() {
        return Stream.of(Change.Section.values()).filter(s -> !in(s).isEmpty()).toList();
    }

    /** The changes as plain text grouped by section, or "No changes". */
    public String describe() {
        if (isEmpty()) {
            return NO_CHANGES;
        }
        StringBuilder text = new StringBuilder();
        for (Change.Section s : sections()) {
            text.append(s.label()).append('\n');
            for (Change c : in(s)) {
                text.append("  ")
                        .append(c.subject())
                        .append(": ")
                        .append(c.before())
                        .append(" \u2192 ")
                        .append(c.after())
                        .append('\n');
            }
        }
        return text.toString().stripTrailing();
    }

    private static void details(Assessment a, Assessment b, List<Change> all) {
        add(all, Change.Section.DETAILS, "Title", a.title(), b.title());
        add(all, Change.Section.DETAILS, "AI system", a.systemName(), b.systemName());
        add(all, Change.Section.DETAILS, "Owner", a.owner(), b.owner());
        add(
                all,
                Change.Section.DETAILS,
                "Questionnaire",
                a.templateId() + " v" + a.templateVersion(),
                b.templateId() + " v" + b.templateVersion());
    }

    private static void answersAndNotes(ScoredPackage before, ScoredPackage after, List<Change> all) {
        QuestionnaireTemplate old = before.answers().template();
        QuestionnaireTemplate now = after.answers().template();
        Set<String> questions = new LinkedHashSet<>();
        now.questions().forEach(q -> questions.add(q.id()));
        old.questions().forEach(q -> questions.add(q.id()));
        // Answers to questions neither template asks (kept from an older version) still count as content.
        Stream.concat(
                        before.assessment().answers().keySet().stream().sorted(),
                        after.assessment().answers().keySet().stream().sorted())
                .forEach(questions::add);
        List<Change> notes = new ArrayList<>();
        for (String id : questions) {
            RecordedAnswer a = before.assessment().answers().get(id);
            RecordedAnswer b = after.assessment().answers().get(id);
            String wording = now.question(id)
                    .or(() -> old.question(id))
                    .map(Question::text)
                    .filter(t -> !t.isBlank())
                    .orElse(id);
            Answer answerBefore = a == null ? null : a.answer();
            Answer answerAfter = b == null ? null : b.answer();
            if (!Objects.equals(answerBefore, answerAfter)) {
                all.add(new Change(
                        Change.Section.ANSWERS, wording, words(old, id, answerBefore), words(now, id, answerAfter)));
            }
            add(notes, Change.Section.NOTES, wording, a == null ? "" : a.note(), b == null ? "" : b.note());
        }
        all.addAll(notes);
    }

    /** An answer with the option labels of the questionnaire it was given on. */
    private static String words(QuestionnaireTemplate template, String questionId, Answer answer) {
        if (answer == null) {
            return "";
        }
        // A question no longer asked has no labels: its answer in the stored ids, said the same way.
        Question asked = template.question(questionId)
                .orElseGet(() -> new Question(
                        questionId, QuestionType.SHORT_TEXT, "", null, null, false, null, null, null, null, null));
        return asked.describe(answer);
    }

    private static void ratings(ScoredPackage before, ScoredPackage after, List<Change> all) {
        Set<String> risks = new LinkedHashSet<>();
        after.register().ranked().forEach(s -> risks.add(s.riskId()));
        before.register().ranked().forEach(s -> risks.add(s.riskId()));
        Stream.concat(after.register().notApplicable().stream(), before.register().notApplicable().stream())
                .forEach(n -> risks.add(n.risk().id()));
        for (String id : risks) {
            RiskScore a = before.register().score(id).orElse(null);
            RiskScore b = after.register().score(id).orElse(null);
            String name = Stream.of(b, a)
                    .filter(Objects::nonNull)
                    .map(s -> s.risk().name())
                    .findFirst()
                    .orElseGet(() -> leftOutName(before, after, id));
            if (a == null || b == null) {
                if (a != null || b != null) {
                    all.add(new Change(
                            Change.Section.RATINGS,
                            name,
                            a == null ? LEFT_OUT : "Residual " + a.residual(),
                            b == null ? LEFT_OUT : "Residual " + b.residual()));
                }
                continue;
            }
            add(
                    all,
                    Change.Section.RATINGS,
                    name + " \u2014 inherent",
                    a.inherent().toString(),
                    b.inherent().toString());
            add(
                    all,
                    Change.Section.RATINGS,
                    name + " \u2014 residual now",
                    a.residual().toString(),
                    b.residual().toString());
            add(
                    all,
                    Change.Section.RATINGS,
                    name + " \u2014 target with the plan",
                    a.target().toString(),
                    b.target().toString());
        }
    }

    static final String LEFT_OUT = "Left out as not applicable";

    private static String leftOutName(ScoredPackage before, ScoredPackage after, String id) {
        return Stream.concat(after.register().notApplicable().stream(), before.register().notApplicable().stream())
                .filter(n -> n.risk().id().equals(id))
                .map(n -> n.risk().name())
                .findFirst()
                .orElse(id);
    }

    static String riskName(RiskCatalog catalog, String id) {
        return catalog.risk(id).map(Risk::name).orElse(id);
    }

    static void add(List<Change> all, Change.Section section, String subject, String before, String after) {
        if (!Objects.equals(before, after)) {
            all.add(new Change(section, subject, before, after));
        }
    }
}
