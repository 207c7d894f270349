package org.airisk.workbench.exchange;

import java.util.Objects;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;

/**
 * An own questionnaire (not a built-in one) that travels inside an assessment package with the assessments that
 * follow it, so the receiver can open them without installing it first: the template and the text of its template
 * file, which an import saves into the data folder's templates.
 */
public record CarriedQuestionnaire(QuestionnaireTemplate template, String text) {
    public CarriedQuestionnaire {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(text, "text");
    }

    /** How the assessor sees it named: title, id and version. */
    public String name() {
        return "\u201c" + template.title() + "\u201d (" + template.id() + " v" + template.version() + ")";
    }

    /** The key the library finds it by. */
    public String key() {
        return template.id() + "@" + template.version();
    }
}
