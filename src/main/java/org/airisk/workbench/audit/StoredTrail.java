package org.airisk.workbench.audit;

import java.util.List;

/** An assessment's audit entries in order and the head its row keeps, read together in one transaction. */
public record StoredTrail(List<AuditEntry> entries, AuditHead head) {
    public StoredTrail {
        entries = List.copyOf(entries);
    }

    public ChainCheck check() {
        return AuditChain.check(entries, head);
    }
}
