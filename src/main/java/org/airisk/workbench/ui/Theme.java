package org.airisk.workbench.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The look the assessor chose in the View menu; remembered between runs. */
public enum Theme {
    LIGHT("Light"),
    DARK("Dark");

    public static final String PREFERENCE = "view.theme";

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Uses the theme's binary stylesheet: the same rules as its CSS, read several times faster at start-up. */
    public void apply() {
        Application.setUserAgentStylesheet(
                this == DARK
                        ? new PrimerDark().getUserAgentStylesheetBSS()
                        : new PrimerLight().getUserAgentStylesheetBSS());
    }

    public static Theme fromPreference(String value) {
        return "DARK".equals(value) ? DARK : LIGHT;
    }
}
