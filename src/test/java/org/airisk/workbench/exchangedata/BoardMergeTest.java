package org.airisk.workbench.exchangedata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.evidence.Evidence;
import org.airisk.workbench.evidence.EvidenceAnchor;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.review.Decision;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.review.ReviewVersion;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcAuditTrail;
import org.airisk.workbench.store.JdbcEvidence;
import org.airisk.workbench.store.JdbcReviewRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing over an assessment here merges: what is new comes in, what differs here is kept and said. */
class BoardMergeTest {
    @TempDir
    Path dir;

    private static JdbcReviewRepository review(WorkbenchDatabase db) {
        return new JdbcReviewRepository(db, TestClock.FIXED, ScoringMethod::standard);
    }

    private static PackageStore.Imported importOver(WorkbenchDatabase db, Path file) {
        AssessmentPackages.Preview preview = AssessmentPackagesTest.packages(db).preview(file);
        assertTrue(preview.ok(), preview.problems().toString());
        return AssessmentPackagesTest.packages(db).importing(preview, PackageStore.Conflict.REPLACE);
    }

    private static void answer(WorkbenchDatabase db, UUID id, String domain) {
        new JdbcAssessmentRepository(db, TestClock.FIXED)
                .saveAnswer(id, "profile_domain", new Answer.Choice(domain), new Progress(1, 10));
    }

    /**
     * Submitted here as version 1 and sent; there changes were asked for, an answer changed and version 2 submitted
     * and sent back to {@code theirs}.
     */
    private UUID versionTwoThere(Path theirs) {
        Path submitted = dir.resolve("v1.airisk.json");
        UUID id;
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("here"))) {
            id = AssessmentPackagesTest.fill(db);
            review(db).submit(id, "Ann");
            AssessmentPackagesTest.packages(db).export(List.of(id), submitted);
        }
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("there"))) {
            importOver(db, submitted);
            review(db).decide(id, Decision.CHANGES_REQUESTED, List.of(), "Say more.", "Bo", "Chair");
            review(db).reopen(id);
            answer(db, id, "education");
            review(db).submit(id, "Ann");
            AssessmentPackagesTest.packages(db).export(List.of(id), theirs);
        }
        return id;
    }

    @Test
    void bothSidesWentOnAfterVersionOneSoEachKeepsItsOwnAndSaysWhere() throws Exception {
        Path theirs = dir.resolve("v2.airisk.json");
        UUID id = versionTwoThere(theirs);
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("here"))) {
            review(db).decide(id, Decision.REJECTED, List.of(), "No.", "Cy", "Member");
            review(db).reopen(id);
            answer(db, id, "health");
            review(db).submit(id, "Ann");
            String v2here = review(db).versions(id).get(1).contentHash();

            PackageStore.Imported imported = importOver(db, theirs);
            assertEquals(List.of(id), imported.ids());
            String said = String.join("\n", imported.conflicts());
            assertTrue(
                    said.contains("Version 2 here is not the package's version 2 (their content hashes differ); "
                            + "this library's was kept, with its decision."),
                    said);
            assertTrue(
                    said.contains("Version 1 was decided here already (Rejected by Cy); the package's other "
                            + "decision was not taken."),
                    said);
            assertTrue(
                    said.contains("changed here since the version the package carries: kept this library's "
                            + "question profile_domain (the package has other values)."),
                    said);
            List<ReviewVersion> versions = review(db).versions(id);
            assertEquals(2, versions.size());
            assertEquals(v2here, versions.get(1).contentHash(), "not overwritten");
            assertEquals(Decision.REJECTED, review(db).decisions(id).get(0).decision());
            assertEquals(
                    new Answer.Choice("health"),
                    new JdbcAssessmentRepository(db, TestClock.FIXED)
                            .answers(id)
                            .get("profile_domain")
                            .answer());
            assertEquals(ReviewStage.SUBMITTED, review(db).stage(id));
            assertTrue(new JdbcAuditTrail(db, TestClock.FIXED, () -> null)
                    .read(id)
                    .check()
                    .intact());
        }
    }

    @Test
    void unchangedHereSinceTheSharedVersionTheNewerContentAndVersionComeIn() throws Exception {
        Path theirs = dir.resolve("v2.airisk.json");
        UUID id = versionTwoThere(theirs);
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("here"))) {
            PackageStore.Imported imported = importOver(db, theirs);
            assertEquals(List.of(), imported.conflicts());
            assertEquals(2, review(db).versions(id).size());
            assertEquals(ReviewStage.SUBMITTED, review(db).stage(id));
            assertEquals(
                    new Answer.Choice("education"),
                    new JdbcAssessmentRepository(db, TestClock.FIXED)
                            .answers(id)
                            .get("profile_domain")
                            .answer());
            assertEquals(
                    review(db).versions(id).get(1).contentHash(), review(db).currentHash(id));
            assertTrue(new JdbcAuditTrail(db, TestClock.FIXED, () -> null)
                    .read(id)
                    .check()
                    .intact());
        }
    }

    @Test
    void anAssessmentInTheBinComesBackWhenItsPackageIsImportedOverIt() throws Exception {
        Path file = dir.resolve("a.airisk.json");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("here"))) {
            UUID id = AssessmentPackagesTest.fill(db);
            // made before the delete, as the window makes them at start: a new one would empty the bin
            AssessmentPackages packages = AssessmentPackagesTest.packages(db);
            packages.export(List.of(id), file);
            JdbcAssessmentRepository assessments = new JdbcAssessmentRepository(db, TestClock.FIXED);
            assessments.delete(id);
            PackageStore.Imported imported = packages.importing(packages.preview(file), PackageStore.Conflict.REPLACE);
            assertEquals(List.of(), imported.conflicts());
            assertTrue(assessments.find(id).isPresent());
        }
    }

    /** A 20 MB file, the most one may be, travels and survives closing and reopening; three are too many. */
    @Test
    void filesUpToTheLimitTravelAndAPackageOverItIsNotWritten() throws Exception {
        byte[] bytes = new byte[(int) Evidence.MAX_BYTES];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + (i >> 11));
        }
        Path big = Files.write(dir.resolve("model card.pdf"), bytes);
        Path file = dir.resolve("big.airisk.json");
        UUID id;
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("here"))) {
            id = AssessmentPackagesTest.fill(db);
            new JdbcEvidence(db, TestClock.FIXED).attach(id, EvidenceAnchor.WHOLE_ASSESSMENT, big, "Ann");
            AssessmentPackagesTest.packages(db).export(List.of(id), file);
        }
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("there"))) {
            AssessmentPackages.Preview preview =
                    AssessmentPackagesTest.packages(db).preview(file);
            assertTrue(preview.ok(), preview.problems().toString());
            AssessmentPackagesTest.packages(db).apply(preview, PackageStore.Conflict.KEEP_BOTH);
        }
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("there"))) {
            JdbcEvidence evidence = new JdbcEvidence(db, TestClock.FIXED);
            Path copy = dir.resolve("copy.pdf");
            evidence.saveCopy(evidence.list(id).get(0).id(), copy);
            assertArrayEquals(bytes, Files.readAllBytes(copy));
        }
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("here"))) {
            JdbcEvidence evidence = new JdbcEvidence(db, TestClock.FIXED);
            evidence.attach(
                    id,
                    EvidenceAnchor.question("profile_domain"),
                    Files.write(dir.resolve("second.pdf"), bytes),
                    "Ann");
            evidence.attach(
                    id,
                    EvidenceAnchor.risk("atlas-hallucination"),
                    Files.write(dir.resolve("third.pdf"), bytes),
                    "Ann");
            Path tooBig = dir.resolve("too-big.airisk.json");
            IllegalArgumentException refused = Assertions.assertThrows(
                    IllegalArgumentException.class,
                    () -> AssessmentPackagesTest.packages(db).export(List.of(id), tooBig));
            assertTrue(
                    refused.getMessage()
                            .startsWith("The package would be 76 MB or more, over the 64 MB a package "
                                    + "may be (with its evidence files); export fewer assessments at once"),
                    refused.getMessage());
            assertFalse(Files.exists(tooBig), "nothing half-written");
        }
    }
}
