package org.airisk.workbench.audit;

import java.util.UUID;

/**
 * Where an assessment's audit trail is kept. A change made through a repository records its own entry in the same
 * transaction; {@link #record} is for changes made elsewhere and, called while another store transaction runs on
 * the same thread, joins it, so the change and its entry are saved together or not at all.
 */
public interface AuditTrail {

    /** Appends one entry with the time and user of now; a change that changes nothing is not recorded. */
    void record(AuditEvent event);

    /** The assessment's entries, oldest first, with the head its row keeps. */
    StoredTrail read(UUID assessment);

    default ChainCheck check(UUID assessment) {
        return read(assessment).check();
    }
}
