package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.evidence.Evidence;
import org.airisk.workbench.evidence.EvidenceAnchor;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcEvidenceTest {
    /** The library under test: a new H2 data folder here; a new database on PostgreSQL in the subclass. */
    WorkbenchDatabase openLibrary() {
        return WorkbenchDatabase.open(folder.resolve("data"));
    }

    @TempDir
    Path folder;

    private WorkbenchDatabase database;
    private JdbcEvidence evidence;
    private Assessment assessment;

    @BeforeEach
    void open() {
        database = openLibrary();
        evidence = new JdbcEvidence(database, TestClock.FIXED);
        assessment = new JdbcAssessmentRepository(database, TestClock.FIXED)
                .create(new NewAssessment("Bot", "Bot", "Ann", "foundation-model-assessment", 1));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void reopen() {
        database.close();
        database = openLibrary();
        evidence = new JdbcEvidence(database, TestClock.FIXED);
    }

    private Path file(String name, int size) throws Exception {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        return Files.write(folder.resolve(name), bytes);
    }

    @Test
    void filesOfEverySizeUpToTheLimitComeBackByteForByteAfterReopening() throws Exception {
        int[] sizes = {0, 1, 4096, 1_000_003, (int) Evidence.MAX_BYTES};
        List<Evidence> attached = new ArrayList<>();
        for (int size : sizes) {
            attached.add(evidence.attach(
                    assessment.id(),
                    EvidenceAnchor.risk("atlas-hallucination"),
                    file("file-" + size + ".bin", size),
                    "Ann Assessor"));
        }
        reopen();
        List<Evidence> listed = evidence.list(assessment.id());
        assertEquals(attached, listed);
        for (Evidence e : listed) {
            Path copy = folder.resolve("copy-" + e.fileName());
            evidence.saveCopy(e.id(), copy);
            assertArrayEquals(Files.readAllBytes(folder.resolve(e.fileName())), Files.readAllBytes(copy));
            assertEquals(JdbcEvidence.sha256(copy), e.sha256());
            assertEquals(Files.size(copy), e.size());
        }
        assertEquals(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                listed.get(0).sha256(),
                "the SHA-256 of no bytes, as sha256sum prints it");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithItsSizeAndNothingIsKept() throws Exception {
        Path big = file("model-card.pdf", (int) Evidence.MAX_BYTES + 1);
        StorageException refused = assertThrows(
                StorageException.class,
                () -> evidence.attach(assessment.id(), EvidenceAnchor.WHOLE_ASSESSMENT, big, "Ann"));
        assertEquals(
                "\u201cmodel-card.pdf\u201d is 20.0 MB, over the 20 MB one evidence file may be. Attach a "
                        + "smaller file (a PDF export or an extract), or name where the full file is kept in a note.",
                refused.getMessage());
        assertEquals(List.of(), evidence.list(assessment.id()));
        assertTrue(Evidence.problem("x".repeat(256), 1).contains("256 characters"));
        assertEquals("", Evidence.problem("x".repeat(255), Evidence.MAX_BYTES));
    }

    @Test
    void aStoredCopyThatNoLongerMatchesItsHashIsNotSaved() throws Exception {
        Evidence e =
                evidence.attach(assessment.id(), EvidenceAnchor.question("q-purpose"), file("policy.txt", 500), "Ann");
        try (PreparedStatement s =
                database.connection().prepareStatement("UPDATE evidence SET content = ? WHERE id = ?")) {
            s.setBytes(1, new byte[500]);
            s.setObject(2, e.id());
            s.executeUpdate();
            database.connection().commit();
        }
        Path copy = folder.resolve("out.txt");
        StorageException refused = assertThrows(StorageException.class, () -> evidence.saveCopy(e.id(), copy));
        assertTrue(refused.getMessage().contains("no longer matches the SHA-256"), refused.getMessage());
        assertFalse(Files.exists(copy), "nothing half-written");
    }

    @Test
    void removingCanBeUndoneUntilTheLibraryIsNextOpened() throws Exception {
        Evidence kept = evidence.attach(assessment.id(), EvidenceAnchor.WHOLE_ASSESSMENT, file("a.txt", 10), "Ann");
        Evidence gone = evidence.attach(
                assessment.id(), EvidenceAnchor.planItem(UUID.randomUUID().toString()), file("b.txt", 20), "Ann");
        evidence.remove(gone.id());
        assertEquals(List.of(kept), evidence.list(assessment.id()));
        evidence.restore(gone.id());
        assertEquals(List.of(kept, gone), evidence.list(assessment.id()));
        evidence.remove(gone.id());
        reopen();
        evidence.dropRemoved();
        assertThrows(StorageException.class, () -> evidence.restore(gone.id()));
        assertEquals(List.of(kept), evidence.list(assessment.id()));
    }

    @Test
    void attachingRemovingAndPuttingBackAreInTheAuditTrail() throws Exception {
        Evidence e = evidence.attach(assessment.id(), EvidenceAnchor.question("q-purpose"), file("card.md", 7), "Ann");
        evidence.remove(e.id());
        evidence.restore(e.id());
        var trail =
                new JdbcAuditTrail(database, TestClock.FIXED, JdbcAuditTrail.savedUser(database)).read(assessment.id());
        var kept = trail.entries().stream()
                .filter(x -> x.kind() == AuditKind.EVIDENCE)
                .toList();
        assertEquals(3, kept.size());
        String file = "card.md (7 bytes, SHA-256 " + e.sha256() + ")";
        assertEquals(
                Arrays.asList(null, file, null),
                kept.stream().map(x -> x.before()).toList());
        assertEquals(
                Arrays.asList(file, null, file),
                kept.stream().map(x -> x.after()).toList());
        assertEquals("question:q-purpose", kept.get(1).subject());
        assertTrue(trail.check().intact(), trail.check().toString());
    }

    @Test
    void evidenceStaysAsItWasWhileTheAssessmentIsUnderReview() throws Exception {
        Evidence kept = evidence.attach(assessment.id(), EvidenceAnchor.WHOLE_ASSESSMENT, file("a.txt", 10), "Ann");
        new JdbcReviewRepository(database, TestClock.FIXED, ScoringMethod::standard).submit(assessment.id(), "Ann");
        Path more = file("b.txt", 5);
        StorageException refused = assertThrows(
                StorageException.class,
                () -> evidence.attach(assessment.id(), EvidenceAnchor.WHOLE_ASSESSMENT, more, "Ann"));
        assertEquals(ReviewLock.READ_ONLY, refused.getMessage());
        assertThrows(StorageException.class, () -> evidence.remove(kept.id()));
        assertEquals(List.of(kept), evidence.list(assessment.id()));
    }

    @Test
    void evidenceForAnAssessmentThatIsGoneIsRefused() throws Exception {
        Path f = file("c.txt", 3);
        assertThrows(
                StorageException.class,
                () -> evidence.attach(UUID.randomUUID(), EvidenceAnchor.WHOLE_ASSESSMENT, f, "Ann"));
    }

    @Test
    void anchorsReadBackFromTheirWrittenForm() {
        for (EvidenceAnchor a : List.of(
                EvidenceAnchor.WHOLE_ASSESSMENT,
                EvidenceAnchor.question("q1"),
                EvidenceAnchor.risk("atlas-x"),
                EvidenceAnchor.planItem("p"))) {
            assertEquals(a, EvidenceAnchor.decode(a.encode()).orElseThrow());
        }
        assertTrue(EvidenceAnchor.decode("risk:").isEmpty());
        assertTrue(EvidenceAnchor.decode("assessment:x").isEmpty());
        assertTrue(EvidenceAnchor.decode("folder:x").isEmpty());
    }
}
