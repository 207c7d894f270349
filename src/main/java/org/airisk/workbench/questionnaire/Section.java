package org.airisk.workbench.questionnaire;

import java.util.List;
import java.util.Objects;

/** A group of questions an assessor answers in one go; the whole section may be shown only under a condition. */
public record Section(String id, String title, String description, Condition showIf, List<Question> questions) {
    public Section {
        Objects.requireNonNull(id, "id");
        title = title == null ? id : title;
        description = description == null ? "" : description;
        showIf = showIf == null ? Condition.always() : showIf;
        questions = questions == null ? List.of() : List.copyOf(questions);
    }
}
