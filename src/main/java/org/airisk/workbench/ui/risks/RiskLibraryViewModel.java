package org.airisk.workbench.ui.risks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.airisk.workbench.catalog.FrameworkReferences.FrameworkReference;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.catalog.Pillar;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalog.RiskCategory;
import org.airisk.workbench.catalog.RiskFilter;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Section;

/** The Risk Library: the catalog filtered as the assessor asks, and everything known about the selected risk. */
public final class RiskLibraryViewModel {
    /** One question that asks about a risk, with where it is asked. */
    public record AskingQuestion(String questionnaire, String section, String question) {
        @Override
        public String toString() {
            return questionnaire + " \u203a " + section + ": " + question;
        }
    }

    private final RiskCatalog catalog;
    private final List<QuestionnaireTemplate> questionnaires;
    private final FilteredList<Risk> shownRisks;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<RiskCategory> category = new SimpleObjectProperty<>();
    private final ObjectProperty<String> group = new SimpleObjectProperty<>();
    private final ObjectProperty<Pillar> pillar = new SimpleObjectProperty<>();
    private final ObjectProperty<FrameworkReference> reference = new SimpleObjectProperty<>();
    private final ObjectProperty<Risk> selected = new SimpleObjectProperty<>();

    public RiskLibraryViewModel(RiskCatalog catalog, List<QuestionnaireTemplate> questionnaires) {
        this.catalog = catalog;
        this.questionnaires = List.copyOf(questionnaires);
        this.shownRisks = new FilteredList<>(FXCollections.observableArrayList(catalog.risks()));
        List<Observable> filters = List.of(search, category, group, pillar, reference);
        filters.forEach(f -> f.addListener(obs -> applyFilter()));
    }

    private void applyFilter() {
        RiskFilter filter = new RiskFilter(search.get(), category.get(), group.get(), pillar.get(), reference.get());
        shownRisks.setPredicate(filter::matches);
        if (selected.get() != null && !shownRisks.contains(selected.get())) {
            selected.set(shownRisks.isEmpty() ? null : shownRisks.get(0));
        }
    }

    // properties

    public ObservableList<Risk> shownRisks() {
        return shownRisks;
    }

    public int totalCount() {
        return catalog.risks().size();
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<RiskCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<String> groupProperty() {
        return group;
    }

    public ObjectProperty<Pillar> pillarProperty() {
        return pillar;
    }

    public ObjectProperty<FrameworkReference> referenceProperty() {
        return reference;
    }

    public ObjectProperty<Risk> selectedProperty() {
        return selected;
    }

    public String label(FrameworkReference reference) {
        return catalog.label(reference);
    }

    public List<String> groups() {
        return catalog.groups();
    }

    /** Every framework entry any risk refers to, sorted by framework then id. */
    public List<FrameworkReference> frameworkReferences() {
        TreeSet<FrameworkReference> all = new TreeSet<>(
                Comparator.comparing((FrameworkReference r) -> r.framework().ordinal())
                        .thenComparing(FrameworkReference::id));
        catalog.risks().forEach(r -> all.addAll(r.references().all()));
        return List.copyOf(all);
    }

    public List<Mitigation> mitigationsFor(Risk risk) {
        return catalog.mitigationsFor(risk.id());
    }

    public List<AskingQuestion> questionsAbout(Risk risk) {
        List<AskingQuestion> result = new ArrayList<>();
        for (QuestionnaireTemplate template : questionnaires) {
            for (Section section : template.sections()) {
                section.questions().stream()
                        .filter(q -> q.informedRisks().stream().anyMatch(id -> id.equalsIgnoreCase(risk.id())))
                        .forEach(q -> result.add(new AskingQuestion(template.title(), section.title(), q.text())));
            }
        }
        return result.stream().distinct().toList();
    }

    // commands

    public void clearFilters() {
        search.set("");
        category.set(null);
        group.set(null);
        pillar.set(null);
        reference.set(null);
    }
}
