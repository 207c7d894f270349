package org.airisk.workbench.audit;

/**
 * The outcome of checking a trail: intact, or the first place it is broken, said in one sentence.
 *
 * @param brokenAt the sequence number of the first entry found changed or missing; 0 when intact
 */
public record ChainCheck(boolean intact, int entries, int brokenAt, String sentence) {

    static ChainCheck intact(int entries) {
        return new ChainCheck(
                true, entries, 0, "Chain intact (" + entries + (entries == 1 ? " entry)." : " entries)."));
    }

    static ChainCheck broken(int entries, int at, String what) {
        return new ChainCheck(false, entries, at, "The audit trail is broken: " + what + ".");
    }
}
