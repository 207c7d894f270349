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
import org.airisk.workbench.exchange.Checkout;
import org.airisk.workbench.exchange.ContentDifferences;
import org.airisk.workbench.exchange.PackageExchange;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcCheckouts;

/**
 * Check-out and check-in of one assessment between a team workspace and this computer's library (ADR 0041). The
 * check-out exports the workspace's copy to a package file in the data folder (the base of the later merge) and
 * imports that same file into the library; the check-in merges base, the library's copy and the workspace's copy now.
 */
final class OfflineCopies {
    static final String FOLDER = "checked-out";

    private final WorkbenchServices local;
    private final Path folder;

    /** @param local the services of this computer's library; {@code folder} its data folder */
    OfflineCopies(WorkbenchServices local, Path folder) {
        this.local = local;
        this.folder = folder;
    }

    Path base(UUID id) {
        return folder.resolve(FOLDER).resolve(id + PackageExchange.EXTENSION);
    }

    /** Copies the assessment into the library and marks it checked out on both sides; its title. */
    String checkOut(WorkbenchServices team, String workspace, UUID id) {
        JdbcCheckouts here = checkouts(local);
        here.find(id).ifPresent(c -> {
            throw new UserFacingProblem("Assessment " + id + " is already checked out to this computer (from "
                    + c.workspace() + "); check it in first.");
        });
        if (team.packageStore().existing(List.of(id)).isEmpty()) {
            throw new UserFacingProblem("The team workspace holds no assessment " + id + "; `list --workspace "
                    + workspace + "` shows the ids.");
        }
        Path base = base(id);
        try {
            Files.createDirectories(base.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        team.packages().export(List.of(id), base);
        PackagedAssessment copy = local.packages().versionIn(base, id, "");
        refuseChangedLocalCopy(copy);
        PackageExchange.Preview preview = local.packages().preview(base);
        if (!preview.ok()) {
            throw new UserFacingProblem("The assessment could not be copied to this computer: "
                    + preview.problems().get(0).message());
        }
        local.packages().importing(preview, PackageStore.Conflict.REPLACE);
        String who = local.user().get().recordedName();
        java.time.Instant now = local.clock().instant();
        checkouts(team).mark(new Checkout(id, "", who, now));
        here.mark(new Checkout(id, workspace, who, now));
        return copy.assessment().title();
    }

    private void refuseChangedLocalCopy(PackagedAssessment copy) {
        UUID id = copy.assessment().id();
        checkouts(local).forgetDeleted(id);
        PackageStore store = local.packageStore();
        if (store.existing(List.of(id)).isEmpty()) {
            return;
        }
        ContentDifferences differences =
                ContentDifferences.between(store.read(List.of(id)).get(0), copy);
        if (!differences.none()) {
            try {
                Files.deleteIfExists(base(id));
            } catch (IOException e) {
                // the next check-out writes it again
            }
            throw new UserFacingProblem("This computer's library already has its own copy of \u201c"
                    + copy.assessment().title() + "\u201d, different from the team workspace's ("
                    + differences.describe() + "); export or delete it first, so that checking out does not "
                    + "replace it.");
        }
    }

    /**
     * What a check-in found: the merge, with the conflicts still open when it wrote nothing.
     *
     * @param released true when the offline copy was gone and the check-out was only released, nothing written
     *                 ({@code merge} then holds the copy as it was checked out, and no conflicts)
     */
    record CheckIn(String title, CheckInMerge.Result merge, boolean released) {
        CheckIn(String title, CheckInMerge.Result merge) {
            this(title, merge, false);
        }
    }

    /**
     * Merges and, without conflicts, writes the result to the workspace and releases the library's copy.
     *
     * @param choices what to keep for each conflict, by {@link CheckInMerge.Conflict#id()}
     * @param keep    what to keep for every other conflict; null to write nothing when there are some. When the
     *                offline copy is no longer in the library, {@link CheckInMerge.Keep#THEIRS} releases the
     *                check-out on both sides and writes nothing (the workspace's copy stays as it is).
     */
    CheckIn checkIn(WorkbenchServices team, UUID id, Map<String, CheckInMerge.Keep> choices, CheckInMerge.Keep keep) {
        JdbcCheckouts here = checkouts(local);
        if (here.find(id).isEmpty() || !Files.isRegularFile(base(id))) {
            throw new UserFacingProblem("Assessment " + id + " is not checked out to this computer.");
        }
        PackagedAssessment base = local.packages().versionIn(base(id), id, "");
        if (local.assessments().find(id).isEmpty()) {
            return new GoneCopy(here, checkouts(team), base(id)).release(base, keep, choices);
        }
        PackageStore mineStore = local.packageStore();
        PackagedAssessment mine = mineStore.readWhole(List.of(id)).get(0);
        JdbcCheckouts there = checkouts(team);
        Map<String, Long> versions = there.versions(id);
        PackageStore theirStore = team.packageStore();
        if (theirStore.existing(List.of(id)).isEmpty()) {
            throw new UserFacingProblem("The team workspace no longer holds \u201c"
                    + mine.assessment().title() + "\u201d; nothing was checked in.");
        }
        PackagedAssessment theirs = theirStore.read(List.of(id)).get(0);
        CheckInMerge.Result result = CheckInMerge.merge(base, mine, theirs, choices, keep);
        if (result.clean()) {
            there.checkIn(result.merged(), versions, "checked in from an offline copy");
            team.scoring().bringUpToDate(id); // progress and results of the merged answers
            here.release(id);
            new JdbcAssessmentRepository(local.database(), local.clock(), local.user()).delete(id);
            try {
                Files.deleteIfExists(base(id));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new CheckIn(mine.assessment().title(), result);
    }

    private static JdbcCheckouts checkouts(WorkbenchServices services) {
        return new JdbcCheckouts(services.database(), services.clock(), services.user());
    }
}
