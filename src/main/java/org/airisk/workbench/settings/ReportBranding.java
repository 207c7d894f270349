package org.airisk.workbench.settings;

/**
 * What every report carries besides the assessment, set once in Edit › Report settings: the organisation it is
 * prepared by or for, and a confidentiality marking printed on the cover and on every page.
 */
public record ReportBranding(String organisation, String marking) {
    public static final String ORGANISATION = "report.organisation";
    public static final String MARKING = "report.marking";
    public static final int MAX_LENGTH = 120;
    public static final ReportBranding NONE = new ReportBranding("", "");

    public ReportBranding {
        organisation = organisation == null ? "" : organisation.strip();
        marking = marking == null ? "" : marking.strip();
    }

    public static ReportBranding read(Preferences preferences) {
        return new ReportBranding(
                preferences.get(ORGANISATION).orElse(""),
                preferences.get(MARKING).orElse(""));
    }

    public void save(Preferences preferences) {
        preferences.put(ORGANISATION, organisation);
        preferences.put(MARKING, marking);
    }

    /** Empty when acceptable, else one sentence naming what to change. */
    public String problem() {
        if (organisation.length() > MAX_LENGTH || marking.length() > MAX_LENGTH) {
            return "Keep the organisation and the marking under " + MAX_LENGTH + " characters each.";
        }
        if ((organisation + marking).chars().anyMatch(Character::isISOControl)) {
            return "The organisation and the marking fit on one line each.";
        }
        return "";
    }
}
