package org.airisk.workbench.report;

/** Which report: everything, or the few pages a board reads before deciding. */
public enum ReportKind {
    FULL("Full report"),
    /** Cover, summary, the risks above appetite with their treatment, sign-off and the method in one paragraph. */
    BOARD_PACK("Board pack");

    private final String label;

    ReportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
