package org.airisk.workbench.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.exchange.CheckInMerge;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.store.JdbcCheckouts;

/**
 * A check-in whose offline copy is no longer in this computer's library (deleted, or the bin emptied): there is
 * nothing to merge. Keeping the workspace's copy (`--keep theirs`) releases the check-out on both sides and writes
 * nothing; anything else is refused with a message naming that way out (ADR 0043).
 */
final class GoneCopy {
    private final JdbcCheckouts here;
    private final JdbcCheckouts there;
    private final Path baseFile;

    GoneCopy(JdbcCheckouts here, JdbcCheckouts there, Path baseFile) {
        this.here = here;
        this.there = there;
        this.baseFile = baseFile;
    }

    OfflineCopies.CheckIn release(
            PackagedAssessment base, CheckInMerge.Keep keep, Map<String, CheckInMerge.Keep> choices) {
        UUID id = base.assessment().id();
        String title = base.assessment().title();
        if (keep != CheckInMerge.Keep.THEIRS || choices.containsValue(CheckInMerge.Keep.MINE)) {
            String workspace = here.find(id).orElseThrow().workspace();
            throw new UserFacingProblem("The offline copy of \u201c" + title + "\u201d is no longer in this "
                    + "computer's library, so there is nothing to check in. If it is in the bin, restore it and check "
                    + "in again; to give up the offline work and release the check-out instead, run `team check-in "
                    + "--workspace " + workspace + " " + id + " --keep theirs` (the team workspace's copy stays as "
                    + "it is).");
        }
        there.release(id);
        here.release(id);
        try {
            Files.deleteIfExists(baseFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OfflineCopies.CheckIn(title, new CheckInMerge.Result(base, List.of()), true);
    }
}
