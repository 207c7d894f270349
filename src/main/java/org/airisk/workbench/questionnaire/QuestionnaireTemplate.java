package org.airisk.workbench.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/** A versioned questionnaire: what is asked, in which order, and under which conditions. */
public record QuestionnaireTemplate(String id, int version, String title, String description, List<Section> sections) {
    public QuestionnaireTemplate {
        Objects.requireNonNull(id, "id");
        title = title == null ? id : title;
        description = description == null ? "" : description;
        sections = sections == null ? List.of() : List.copyOf(sections);
    }

    public Stream<Question> questions() {
        return sections.stream().flatMap(s -> s.questions().stream());
    }

    public Optional<Question> question(String questionId) {
        return questions().filter(q -> q.id().equals(questionId)).findFirst();
    }

    public Optional<Section> sectionOf(String questionId) {
        return sections.stream()
                .filter(s -> s.questions().stream().anyMatch(q -> q.id().equals(questionId)))
                .findFirst();
    }

    /** "Quick check v2": how an assessor sees which questionnaire an assessment follows. */
    public String displayName() {
        return title + " v" + version;
    }
}
