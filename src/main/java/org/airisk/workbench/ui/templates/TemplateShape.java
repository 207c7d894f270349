package org.airisk.workbench.ui.templates;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Section;

/** A questionnaire with one part replaced, and what the editor asks of its shape: own sections, free ids. */
final class TemplateShape {
    private TemplateShape() {}

    static QuestionnaireTemplate withSections(QuestionnaireTemplate t, List<Section> sections) {
        return new QuestionnaireTemplate(
                t.id(), t.version(), t.title(), t.description(), sections, t.includes(), t.includedSections());
    }

    static QuestionnaireTemplate withTitle(QuestionnaireTemplate t, String title) {
        return new QuestionnaireTemplate(
                t.id(), t.version(), title, t.description(), t.sections(), t.includes(), t.includedSections());
    }

    static QuestionnaireTemplate withVersion(QuestionnaireTemplate t, int version) {
        return new QuestionnaireTemplate(
                t.id(), version, t.title(), t.description(), t.sections(), t.includes(), t.includedSections());
    }

    /** True when the section at {@code index} exists and is the template's own, not included from another. */
    static boolean isOwn(QuestionnaireTemplate t, int index) {
        List<Section> sections = t.sections();
        return index >= 0
                && index < sections.size()
                && !t.includedSections().contains(sections.get(index).id());
    }

    /** Where the template's own sections begin, after those it includes. */
    static int firstOwnSection(QuestionnaireTemplate t) {
        int first = 0;
        while (first < t.sections().size()
                && t.includedSections().contains(t.sections().get(first).id())) {
            first++;
        }
        return first;
    }

    /** "question_7": the first such id no section or question of the template uses. */
    static String freeId(QuestionnaireTemplate t, String prefix) {
        Set<String> taken = new HashSet<>();
        Stream.concat(t.sections().stream().map(Section::id), t.questions().map(Question::id))
                .forEach(taken::add);
        int n = 1;
        while (taken.contains(prefix + "_" + n)) {
            n++;
        }
        return prefix + "_" + n;
    }
}
