package org.airisk.workbench.changes;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;

/**
 * Starting the next review from an approved version: the answers carried over that the assessor should confirm
 * rather than trust, because the question's wording or options changed in the newest questionnaire since the
 * version the answer was given on, or because the answer is older than the chosen age. Only questions the newest
 * questionnaire still asks, and that were answered, are flagged: the others are not carried over.
 */
public final class Reassessment {
    /** An answer to confirm, with every reason it needs confirming. */
    public record Flag(String questionId, String question, String answer, List<String> reasons) {
        public Flag {
            reasons = List.copyOf(reasons);
        }
    }

    private final Clock clock;

    public Reassessment(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param answeredOn the questionnaire version the approved assessment followed
     * @param newest     the questionnaire the new review will follow
     * @param maxAge     answers last changed longer ago than this are flagged
     */
    public List<Flag> flags(
            PackagedAssessment approved,
            QuestionnaireTemplate answeredOn,
            QuestionnaireTemplate newest,
            Period maxAge) {
        Instant cutoff = ZonedDateTime.now(clock).minus(maxAge).toInstant();
        List<Flag> flags = new ArrayList<>();
        newest.questions().forEach(now -> {
            RecordedAnswer recorded = approved.answers().get(now.id());
            if (recorded == null || recorded.answer() == null) {
                return;
            }
            List<String> reasons = new ArrayList<>();
            answeredOn.question(now.id()).ifPresent(then -> {
                if (!then.text().equals(now.text())) {
                    reasons.add("The question now reads differently; it was: \u201c" + then.text() + "\u201d.");
                }
                if (!then.options().equals(now.options()) || !then.scaleLabels().equals(now.scaleLabels())) {
                    reasons.add("The answers offered changed: " + offered(then) + " \u2192 " + offered(now) + ".");
                }
            });
            if (recorded.updatedAt() != null && recorded.updatedAt().isBefore(cutoff)) {
                reasons.add("Answered more than " + describe(maxAge) + " ago.");
            }
            if (!reasons.isEmpty()) {
                flags.add(new Flag(now.id(), now.text(), now.describe(recorded.answer()), reasons));
            }
        });
        return flags;
    }

    private static String offered(Question q) {
        if (!q.options().isEmpty()) {
            return String.join(", ", q.options().stream().map(o -> o.label()).toList());
        }
        return String.join(
                ", ",
                q.scaleLabels().keySet().stream().sorted().map(q::scaleLabel).toList());
    }

    /** "12 months", "1 year and 6 months", "30 days". */
    static String describe(Period age) {
        Period p = age.normalized();
        List<String> parts = new ArrayList<>();
        part(parts, p.getYears(), "year");
        part(parts, p.getMonths(), "month");
        part(parts, p.getDays(), "day");
        return parts.isEmpty() ? "0 days" : String.join(" and ", parts);
    }

    private static void part(List<String> parts, int n, String unit) {
        if (n != 0) {
            parts.add(n + " " + unit + (n == 1 ? "" : "s"));
        }
    }
}
