package org.airisk.workbench.settings;

/**
 * The names under which the window's state and Edit › Scoring method are kept in the preferences: read by the
 * composition root before the window exists, and written by the window.
 */
public final class PreferenceKeys {
    /** Where the window was, and how large ({@link WindowPlacement#encode()}). */
    public static final String PLACEMENT = "window.placement";
    /** The assessment open when the workbench was last closed, empty when none was. */
    public static final String LAST_ASSESSMENT = "window.lastAssessment";
    /** The scoring method of Edit › Scoring method, for new scoring. */
    public static final String SCORING_METHOD = "scoring.method";

    private PreferenceKeys() {}
}
