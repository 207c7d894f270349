package org.airisk.workbench.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The window's way to take an assessment offline and bring it back (ADR 0041, ADR 0044): check-out from the team
 * workspace the window is connected to, check-in from this computer's library. Every method runs off the FX thread
 * and fails with a {@link org.airisk.workbench.assessment.UserFacingProblem} (or a storage problem) in words for the
 * assessor.
 */
public interface OfflineWork {
    /** One assessment taken offline: where it came from (on this computer), who took it and when. */
    record CheckedOut(UUID assessment, String title, String workspace, String by, Instant at) {}

    /**
     * A conflict of a check-in in the assessor's words, with the value both sides started from.
     *
     * @param id names it in the choices handed back to {@link #checkIn}
     */
    record OpenConflict(String id, String what, String base, String mine, String theirs) {}

    /** What a check-in did: written when there were no conflicts left, else nothing written and these to settle. */
    record CheckedIn(String title, List<OpenConflict> conflicts) {
        public CheckedIn {
            conflicts = List.copyOf(conflicts);
        }

        public boolean clean() {
            return conflicts.isEmpty();
        }
    }

    /** Copies the assessment from the connected team workspace into this computer's library; its title. */
    String checkOut(UUID id);

    /** The assessments checked out: on a team workspace those colleagues took offline, else those on this computer. */
    List<CheckedOut> checkedOut();

    /**
     * Merges the offline copy with the team workspace's and, when no conflict is left open, writes it there and
     * releases the offline copy.
     *
     * @param password the team workspace's password, which this call does not keep
     * @param choices  what to keep, by {@link OpenConflict#id()}
     */
    CheckedIn checkIn(UUID id, char[] password, Map<String, CheckInMerge.Keep> choices);
}
