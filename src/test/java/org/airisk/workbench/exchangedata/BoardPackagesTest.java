package org.airisk.workbench.exchangedata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.audit.AuditEntry;
import org.airisk.workbench.audit.StoredTrail;
import org.airisk.workbench.evidence.Evidence;
import org.airisk.workbench.evidence.EvidenceAnchor;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.review.Decision;
import org.airisk.workbench.review.SignOff;
import org.airisk.workbench.review.SignOffState;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.store.JdbcAuditTrail;
import org.airisk.workbench.store.JdbcEvidence;
import org.airisk.workbench.store.JdbcReviewRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review, audit trail and evidence travel in packages outside the content hash and come back whole. */
class BoardPackagesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static AssessmentPackages packages(WorkbenchDatabase db) {
        return AssessmentPackagesTest.packages(db);
    }

    private static JdbcReviewRepository review(WorkbenchDatabase db) {
        return new JdbcReviewRepository(db, TestClock.FIXED, ScoringMethod::standard);
    }

    /** Every byte value, so that base64 is tried on all of them. */
    private static byte[] everyByte() {
        byte[] bytes = new byte[1000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        return bytes;
    }

    /** A consultant's assessment with a file, submitted, decided and the decision signed, then exported. */
    private UUID decidedAndExported(Path file) throws Exception {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("consultant"))) {
            UUID id = AssessmentPackagesTest.fill(db);
            new JdbcEvidence(db, TestClock.FIXED)
                    .attach(
                            id,
                            EvidenceAnchor.risk("atlas-hallucination"),
                            Files.write(dir.resolve("red team.bin"), everyByte()),
                            "Ann");
            JdbcReviewRepository review = review(db);
            review.submit(id, "Ann Author");
            review.startReview(id);
            SignOff s = review.decide(
                    id,
                    Decision.APPROVED_WITH_CONDITIONS,
                    List.of("Log overrides", "Re-assess"),
                    "Thorough.\nTwo lines.",
                    "Bo Reviewer",
                    "Chair");
            review.saveSignature(s.signed("Ed25519", "SHA256:ab12", "c2lnbmF0dXJl"));
            packages(db).export(List.of(id), file);
            return id;
        }
    }

    @Test
    void theNewSectionsLeaveTheContentHashAsItWas() throws Exception {
        Path file = dir.resolve("decided.airisk.json");
        UUID id = decidedAndExported(file);
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        ObjectNode assessment = (ObjectNode) root.get("assessments").get(0);
        assertTrue(assessment.has("review") && assessment.has("auditTrail") && assessment.has("evidence"));
        PackagedAssessment with = new PackageFormat()
                .read(JSON.writeValueAsString(root))
                .assessments()
                .get(0);
        assessment.remove(List.of("review", "auditTrail", "evidence"));
        PackagedAssessment without = new PackageFormat()
                .read(JSON.writeValueAsString(root))
                .assessments()
                .get(0);
        assertEquals(new PackageFormat().canonical(without), new PackageFormat().canonical(with));
        assertFalse(new PackageFormat().canonical(with).contains("auditTrail"));
        String hash = ContentHash.of(with, with.method());
        assertEquals(hash, with.board().versions().get(0).contentHash(), "the frozen version is the content");
        assertEquals(hash, ContentHash.of(without, without.method()));
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("consultant"))) {
            assertEquals(hash, review(db).currentHash(id));
        }
    }

    @Test
    void versionsDecisionsTrailAndFilesComeBackWhole() throws Exception {
        Path file = dir.resolve("decided.airisk.json");
        UUID id = decidedAndExported(file);
        List<AuditEntry> trail;
        List<SignOff> decisions;
        String snapshot;
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("consultant"))) {
            trail = new JdbcAuditTrail(db, TestClock.FIXED, () -> null).read(id).entries();
            decisions = review(db).decisions(id);
            snapshot = review(db).snapshotText(id, 1);
        }
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("board"))) {
            AssessmentPackages.Preview preview = packages(db).preview(file);
            assertTrue(preview.ok(), preview.problems().toString());
            assertEquals(List.of(id), packages(db).apply(preview, PackageStore.Conflict.KEEP_BOTH));
            JdbcReviewRepository review = review(db);
            assertEquals("APPROVED_WITH_CONDITIONS", review.stage(id).name());
            assertEquals(decisions, review.decisions(id), "every field, the signature too");
            assertEquals(snapshot, review.snapshotText(id, 1), "the version is stored as it was frozen");
            assertEquals(SignOffState.VALID, review.signOffState(id).orElseThrow(), "still covers it");
            StoredTrail here = new JdbcAuditTrail(db, TestClock.FIXED, () -> null).read(id);
            assertTrue(here.check().intact(), here.check().sentence());
            assertEquals(
                    trail.stream().map(AuditEntry::hash).toList(),
                    here.entries().subList(0, trail.size()).stream()
                            .map(AuditEntry::hash)
                            .toList(),
                    "the trail keeps its hashes");
            assertEquals("IMPORTED", here.entries().get(trail.size()).kind().name());
            JdbcEvidence evidence = new JdbcEvidence(db, TestClock.FIXED);
            Evidence kept = evidence.list(id).get(0);
            assertEquals("red team.bin", kept.fileName());
            assertEquals(EvidenceAnchor.risk("atlas-hallucination"), kept.anchor());
            Path copy = dir.resolve("copy.bin");
            evidence.saveCopy(kept.id(), copy);
            assertArrayEquals(everyByte(), Files.readAllBytes(copy));
        }
    }

    @Test
    void aFileChangedInThePackageIsRefusedByName() throws Exception {
        Path file = dir.resolve("decided.airisk.json");
        decidedAndExported(file);
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        ArrayNode content = (ArrayNode)
                root.get("assessments").get(0).get("evidence").get(0).get("content");
        String base64 = content.get(0).asText();
        content.set(0, base64.substring(0, 10) + (base64.charAt(10) == 'Q' ? 'R' : 'Q') + base64.substring(11));
        Path flipped = dir.resolve("flipped.airisk.json");
        JSON.writeValue(flipped.toFile(), root);
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("board"))) {
            AssessmentPackages.Preview preview = packages(db).preview(flipped);
            assertFalse(preview.ok());
            assertEquals(
                    "$.assessments[0].evidence[0].content: \u201cred team.bin\u201d does not have the size and "
                            + "SHA-256 it was attached with, so the file was damaged or changed in the package; ask for a "
                            + "fresh export.",
                    preview.problems().get(0).toString());
        }
    }
}
