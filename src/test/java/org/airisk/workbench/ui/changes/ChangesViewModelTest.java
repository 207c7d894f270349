package org.airisk.workbench.ui.changes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.airisk.workbench.changes.AssessmentChanges;
import org.airisk.workbench.changes.Change;
import org.junit.jupiter.api.Test;

class ChangesViewModelTest {
    private static final Change TITLE = new Change(Change.Section.DETAILS, "Title", "Bot", "Bot 2027");
    private static final Change SCREENING = new Change(Change.Section.ANSWERS, "Are prompts screened?", "Yes", "No");
    private static final Change AUDIENCE = new Change(Change.Section.ANSWERS, "Who uses it?", "Staff", "Anyone");
    private static final Change LEVEL = new Change(
            Change.Section.RATINGS,
            "Prompt injection \u2014 residual now",
            "L2 x I3 = 6 (Medium)",
            "L4 x I3 = 12 (High)");

    private static ChangesViewModel model(Change... changes) {
        return new ChangesViewModel(new AssessmentChanges(List.of(changes)), "v1.airisk.json", "the assessment now");
    }

    @Test
    void everyChangeIsShownUntilASectionIsChosen() {
        ChangesViewModel model = model(TITLE, SCREENING, AUDIENCE, LEVEL);

        assertEquals(List.of(TITLE, SCREENING, AUDIENCE, LEVEL), model.rows());
        assertEquals("4 changes in 3 sections", model.summary());
        assertEquals("From v1.airisk.json to the assessment now", model.heading());

        model.sectionProperty().set(Change.Section.ANSWERS);
        assertEquals(List.of(SCREENING, AUDIENCE), model.rows());
        model.sectionProperty().set(Change.Section.RATINGS);
        assertEquals(List.of(LEVEL), model.rows());
        model.sectionProperty().set(null);
        assertEquals(4, model.rows().size());
    }

    @Test
    void theFilterOffersOnlySectionsWithChanges() {
        ChangesViewModel model = model(TITLE, LEVEL);

        assertEquals(Arrays.asList(null, Change.Section.DETAILS, Change.Section.RATINGS), model.sections());
        assertEquals(
                List.of(ChangesViewModel.ALL_SECTIONS, "Assessment details", "Ratings and levels"),
                model.sections().stream().map(ChangesViewModel::label).toList());
        assertEquals("2 changes in 2 sections", model.summary());
    }

    @Test
    void nothingChangedSaysSo() {
        ChangesViewModel model = model();

        assertTrue(model.isEmpty());
        assertTrue(model.rows().isEmpty());
        assertEquals("No changes", model.summary());
        assertEquals("1 change in 1 section", model(TITLE).summary());
    }
}
