package org.airisk.workbench.audit;

/**
 * What the assessment itself remembers of its trail: how many entries it has and the hash of the last one, written
 * in the same transaction as that entry. Without it, removing the newest entries would leave a shorter chain that
 * still checks.
 *
 * @param hash null while the trail is empty
 */
public record AuditHead(int entries, String hash) {
    public static final AuditHead EMPTY = new AuditHead(0, null);

    public AuditHead next(AuditEntry entry) {
        return new AuditHead(entry.sequence(), entry.hash());
    }
}
