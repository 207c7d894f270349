package org.airisk.workbench.importfiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Consumer;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.exchangedata.ContentHash;
import org.airisk.workbench.exchangedata.PackageFormat;
import org.airisk.workbench.importfiles.ImportCorpus.Outcome;

/**
 * The sections a package carries for a review board (docs/board-round-trip.md): a good review, trail and evidence
 * file, then each way they can be broken or tampered with. The good package's own trail is the one its library
 * recorded.
 */
final class BoardCorpus {
    /** One case made from the good package by a change. */
    interface Change {
        void make(String name, Outcome expected, Consumer<ObjectNode> change);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] FILE =
            "Red-team report: 3 jailbreaks found, all fixed.".getBytes(StandardCharsets.UTF_8);
    private static final String FILE_SHA256 = "sha256-of-file";
    private final Change change;
    private final ObjectNode snapshot;
    private final String hash;

    BoardCorpus(Change change, String goodText) throws IOException {
        this.change = change;
        PackagedAssessment good =
                new PackageFormat().read(goodText).assessments().get(0);
        this.hash = ContentHash.of(good, good.method());
        this.snapshot = (ObjectNode) JSON.readTree(new PackageFormat().canonical(good));
    }

    private static ObjectNode first(ObjectNode root) {
        return (ObjectNode) root.get("assessments").get(0);
    }

    private ObjectNode review(ObjectNode root) {
        ObjectNode review = first(root).putObject("review").put("stage", "CHANGES_REQUESTED");
        review.putArray("versions")
                .addObject()
                .put("number", 1)
                .put("stageAtSubmission", "DRAFT")
                .put("submittedAt", "2026-11-25T10:00:00Z")
                .put("submittedBy", "Ann Author")
                .put("contentHash", hash)
                .set("snapshot", snapshot.deepCopy());
        ObjectNode d = review.putArray("decisions")
                .addObject()
                .put("version", 1)
                .put("contentHash", hash)
                .put("decision", "CHANGES_REQUESTED");
        d.putArray("conditions");
        d.put("comment", "Explain the fallback.")
                .put("reviewerName", "Bo Reviewer")
                .put("reviewerRole", "Chair")
                .put("decidedAt", "2026-11-26T10:00:00Z")
                .putNull("signatureAlgorithm")
                .putNull("signerFingerprint")
                .putNull("signature");
        return review;
    }

    private static ObjectNode file(ObjectNode root) {
        ObjectNode f = first(root)
                .putArray("evidence")
                .addObject()
                .put("id", "20000000-0000-4000-8000-000000000001")
                .put("fileName", "red-team.txt")
                .put("on", "risk:atlas-hallucination")
                .put("size", FILE.length)
                .put("sha256", sha256())
                .put("addedAt", "2026-11-25T10:00:00Z")
                .put("addedBy", "Ann Author");
        f.putArray("content").add(Base64.getEncoder().encodeToString(FILE));
        return f;
    }

    private static String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(FILE));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode entry(ObjectNode root, int i) {
        return (ObjectNode) first(root).get("auditTrail").get(i);
    }

    void all() {
        change.make("a review with a frozen version and a decision", Outcome.IMPORTED, this::review);
        change.make("an evidence file", Outcome.IMPORTED, BoardCorpus::file);
        change.make("an evidence file with one byte changed in its base64", Outcome.REFUSED, r -> {
            ObjectNode f = file(r);
            String base64 = f.get("content").get(0).asText();
            ((ArrayNode) f.get("content"))
                    .set(0, base64.substring(0, 4) + (base64.charAt(4) == 'A' ? 'B' : 'A') + base64.substring(5));
        });
        change.make(
                "an evidence file shorter than its size", Outcome.REFUSED, r -> file(r).put("size", FILE.length + 1));
        change.make(
                "evidence content that is not base64",
                Outcome.REFUSED,
                r -> ((ArrayNode) file(r).get("content")).set(0, "not base64!"));
        change.make("an evidence SHA-256 that is not one", Outcome.REFUSED, r -> file(r).put("sha256", FILE_SHA256));
        change.make("evidence on something evidence cannot support", Outcome.REFUSED, r -> file(r).put("on", "page:3"));
        change.make("an empty evidence list", Outcome.REFUSED, r -> first(r).putArray("evidence"));
        change.make(
                "an audit entry changed after it was written",
                Outcome.REFUSED,
                r -> entry(r, 0).put("subject", "something else"));
        change.make(
                "an audit entry removed from the middle",
                Outcome.REFUSED,
                r -> ((ArrayNode) first(r).get("auditTrail")).remove(1));
        change.make(
                "an audit entry of an unknown kind",
                Outcome.REFUSED,
                r -> entry(r, 0).put("kind", "MOVED"));
        change.make(
                "a frozen version changed after it was frozen",
                Outcome.REFUSED,
                r -> ((ObjectNode) review(r).get("versions").get(0).get("snapshot")).put("title", "Other"));
        change.make(
                "a frozen version that is not an assessment",
                Outcome.REFUSED,
                r -> ((ObjectNode) review(r).get("versions").get(0))
                        .putObject("snapshot")
                        .put("title", "Other"));
        change.make(
                "a decision on a version the package does not carry",
                Outcome.REFUSED,
                r -> ((ObjectNode) review(r).get("decisions").get(0)).put("version", 2));
        change.make(
                "a decision bound to another content hash",
                Outcome.REFUSED,
                r -> ((ObjectNode) review(r).get("decisions").get(0)).put("contentHash", "0".repeat(64)));
        change.make(
                "a review stage that is none", Outcome.REFUSED, r -> review(r).put("stage", "PENDING"));
        change.make("a version carried twice", Outcome.REFUSED, r -> {
            ArrayNode versions = (ArrayNode) review(r).get("versions");
            versions.add(versions.get(0).deepCopy());
        });
    }
}
