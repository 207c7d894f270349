package org.airisk.workbench.review;

/** What can be done to an assessment in its review, and who does it. */
public enum ReviewAction {
    SUBMIT("Submit for review", Role.AUTHOR),
    START_REVIEW("Start review", Role.REVIEWER),
    DECIDE("Decide", Role.REVIEWER),
    REOPEN("Re-open as new draft", Role.AUTHOR);

    /** Who takes an action. There are no accounts: the app shows who should, it cannot check who does. */
    public enum Role {
        AUTHOR("the author"),
        REVIEWER("a reviewer");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String label;
    private final Role role;

    ReviewAction(String label, Role role) {
        this.label = label;
        this.role = role;
    }

    public String label() {
        return label;
    }

    public Role role() {
        return role;
    }
}
