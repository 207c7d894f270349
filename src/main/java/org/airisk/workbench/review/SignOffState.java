package org.airisk.workbench.review;

/** Whether a sign-off still covers the assessment as it is now. */
public enum SignOffState {
    VALID("Valid: the assessment is as it was signed off"),
    SUPERSEDED("Superseded by changes: the assessment changed after this sign-off");

    private final String label;

    SignOffState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Compares the hash the sign-off is bound to with the assessment's content hash now. */
    public static SignOffState of(SignOff signOff, String currentContentHash) {
        return signOff.contentHash().equals(currentContentHash) ? VALID : SUPERSEDED;
    }
}
