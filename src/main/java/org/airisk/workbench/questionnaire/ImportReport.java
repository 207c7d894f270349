package org.airisk.workbench.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What importing a questionnaire written for another tool came to: the template, when anything could be mapped,
 * and every element of the source that was not (or only partly) carried over, each with its name and why. When the
 * file cannot be read at all, {@link #failure()} says so in one sentence and there is no template.
 */
public record ImportReport(Optional<QuestionnaireTemplate> template, List<NotMapped> notMapped, String failure) {

    /** One element of the source left out or changed on the way, named as the source names it. */
    public record NotMapped(String element, String reason) {
        public NotMapped {
            Objects.requireNonNull(element, "element");
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public String toString() {
            return element + ": " + reason;
        }
    }

    public ImportReport {
        Objects.requireNonNull(template, "template");
        notMapped = List.copyOf(notMapped);
        failure = failure == null ? "" : failure;
    }

    public static ImportReport mapped(QuestionnaireTemplate template, List<NotMapped> notMapped) {
        return new ImportReport(Optional.of(template), notMapped, "");
    }

    public static ImportReport failed(String sentence) {
        return new ImportReport(Optional.empty(), List.of(), sentence);
    }

    public boolean ok() {
        return template.isPresent();
    }

    /** How many conditions (on sections and questions) the template holds: what the survey's logic became. */
    public long conditionCount() {
        return template.map(t -> t.sections().stream()
                                .filter(s -> s.showIf() != Condition.always())
                                .count()
                        + t.questions()
                                .filter(q -> q.showIf() != Condition.always())
                                .count())
                .orElse(0L);
    }
}
