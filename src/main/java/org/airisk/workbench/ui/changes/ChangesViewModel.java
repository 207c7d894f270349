package org.airisk.workbench.ui.changes;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.airisk.workbench.changes.AssessmentChanges;
import org.airisk.workbench.changes.Change;

/**
 * What the "Compare with…" dialog shows: the changes between an earlier and a later version side by side, narrowed
 * to one section when the assessor picks one. A null section means every section.
 */
public final class ChangesViewModel {
    public static final String ALL_SECTIONS = "All sections";

    private final AssessmentChanges changes;
    private final String older;
    private final String newer;
    private final ObjectProperty<Change.Section> section = new SimpleObjectProperty<>();
    private final ObservableList<Change> rows = FXCollections.observableArrayList();

    /**
     * @param older how the earlier version is named ("tutor-v1.airisk.json")
     * @param newer how the later one is named ("the assessment as saved now")
     */
    public ChangesViewModel(AssessmentChanges changes, String older, String newer) {
        this.changes = changes;
        this.older = older;
        this.newer = newer;
        section.addListener((obs, was, now) -> filter());
        filter();
    }

    private void filter() {
        Change.Section chosen = section.get();
        rows.setAll(chosen == null ? changes.changes() : changes.in(chosen));
    }

    /** The choices of the section filter: every section (null) first, then those with changes, in order. */
    public List<Change.Section> sections() {
        List<Change.Section> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(changes.sections());
        return choices;
    }

    public static String label(Change.Section section) {
        return section == null ? ALL_SECTIONS : section.label();
    }

    public ObjectProperty<Change.Section> sectionProperty() {
        return section;
    }

    public ObservableList<Change> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public String heading() {
        return "From " + older + " to " + newer;
    }

    /** "7 changes in 3 sections", or "No changes". */
    public String summary() {
        int n = changes.changes().size();
        int s = changes.sections().size();
        return n == 0
                ? AssessmentChanges.NO_CHANGES
                : n + (n == 1 ? " change" : " changes") + " in " + s + (s == 1 ? " section" : " sections");
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
