package org.airisk.workbench.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.scoring.PlanItem;

/**
 * Where two copies of one assessment differ in content, said by what an assessor looks for: the questions whose
 * answer or note differ, the risks whose override differs, the plan items that differ, and the details. Used to
 * report an import that kept local work rather than overwrite it (docs/board-round-trip.md).
 */
public record ContentDifferences(boolean details, List<String> questions, List<String> risks, List<String> planItems) {
    public ContentDifferences {
        questions = List.copyOf(questions);
        risks = List.copyOf(risks);
        planItems = List.copyOf(planItems);
    }

    public static ContentDifferences between(PackagedAssessment here, PackagedAssessment there) {
        Assessment a = here.assessment();
        Assessment b = there.assessment();
        boolean details = !a.title().equals(b.title())
                || !a.systemName().equals(b.systemName())
                || !a.owner().equals(b.owner())
                || a.status() != b.status();
        Set<String> questions = new TreeSet<>();
        Set<String> all = new TreeSet<>(here.answers().keySet());
        all.addAll(there.answers().keySet());
        for (String q : all) {
            RecordedAnswer x = here.answers().get(q);
            RecordedAnswer y = there.answers().get(q);
            if (x == null
                    || y == null
                    || !Objects.equals(x.answer(), y.answer())
                    || !x.note().equals(y.note())) {
                questions.add(q);
            }
        }
        Set<String> risks = new TreeSet<>(here.overrides().keySet());
        risks.addAll(there.overrides().keySet());
        risks.removeIf(
                r -> Objects.equals(here.overrides().get(r), there.overrides().get(r)));
        Set<String> items = new TreeSet<>();
        here.plan().items().stream()
                .filter(i -> !there.plan().items().contains(i))
                .map(PlanItem::title)
                .forEach(items::add);
        there.plan().items().stream()
                .filter(i -> !here.plan().items().contains(i))
                .map(PlanItem::title)
                .forEach(items::add);
        return new ContentDifferences(
                details, new ArrayList<>(questions), new ArrayList<>(risks), new ArrayList<>(items));
    }

    public boolean none() {
        return !details && questions.isEmpty() && risks.isEmpty() && planItems.isEmpty();
    }

    /** "questions Q1, Q4; risks R2; plan items Log prompts; the title, system, owner or status" */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (!questions.isEmpty()) {
            parts.add((questions.size() == 1 ? "question " : "questions ") + String.join(", ", questions));
        }
        if (!risks.isEmpty()) {
            parts.add((risks.size() == 1 ? "risk " : "risks ") + String.join(", ", risks));
        }
        if (!planItems.isEmpty()) {
            parts.add((planItems.size() == 1 ? "plan item " : "plan items ") + String.join(", ", planItems));
        }
        if (details) {
            parts.add("the title, system, owner or status");
        }
        return String.join("; ", parts);
    }
}
