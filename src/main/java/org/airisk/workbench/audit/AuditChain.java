package org.airisk.workbench.audit;

import java.util.List;
import java.util.Objects;

/**
 * Checks a trail: each entry's hash is recomputed from its fields, each names the hash of the one before, the
 * numbers run 1, 2, 3 without a gap, and the last one is the head the assessment remembers. The first place where
 * one of these fails is named.
 */
public final class AuditChain {
    private AuditChain() {}

    /** Checks the entries alone, as far as they go: a removed newest entry is not seen without the head. */
    public static ChainCheck check(List<AuditEntry> entries) {
        return check(entries, null);
    }

    /** @param head what the assessment remembers of its trail; null to check the entries alone */
    public static ChainCheck check(List<AuditEntry> entries, AuditHead head) {
        String previous = null;
        int expected = 1;
        for (AuditEntry entry : entries) {
            if (entry.sequence() > expected) {
                return ChainCheck.broken(
                        entries.size(),
                        expected,
                        "entry " + expected
                                + (entry.sequence() > expected + 1 ? " to " + (entry.sequence() - 1) : "")
                                + " was removed after it was written");
            }
            if (entry.sequence() < expected) {
                return ChainCheck.broken(
                        entries.size(), entry.sequence(), "entry " + entry.sequence() + " appears twice");
            }
            if (!entry.computedHash().equals(entry.hash())) {
                return ChainCheck.broken(
                        entries.size(), expected, "entry " + expected + " was changed after it was written");
            }
            if (!Objects.equals(previous, entry.previous())) {
                return ChainCheck.broken(
                        entries.size(),
                        expected,
                        "entry " + expected
                                + " does not follow the one before it; an entry was changed or removed after it was written");
            }
            previous = entry.hash();
            expected++;
        }
        int count = entries.size();
        if (head != null) {
            if (head.entries() > count) {
                return ChainCheck.broken(
                        count,
                        count + 1,
                        (head.entries() == count + 1
                                        ? "entry " + (count + 1)
                                        : "entries " + (count + 1) + " to " + head.entries())
                                + ", the newest, " + (head.entries() == count + 1 ? "was" : "were")
                                + " removed after " + (head.entries() == count + 1 ? "it was" : "they were")
                                + " written");
            }
            if (head.entries() < count || !Objects.equals(head.hash(), previous)) {
                return ChainCheck.broken(
                        count,
                        Math.max(1, count),
                        "the newest entry is not the one the assessment "
                                + "last recorded; entries were changed or added outside the workbench");
            }
        }
        return ChainCheck.intact(count);
    }
}
