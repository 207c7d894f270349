package org.airisk.workbench.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WindowTitleTest {
    @Test
    void theWindowTitleMarksUnsavedChanges() {
        assertEquals("\u2022 Review \u2013 AI Risk Workbench", Screens.assessmentTitle("Review", true));
        assertEquals("Review \u2013 AI Risk Workbench", Screens.assessmentTitle("Review", false));
    }
}
