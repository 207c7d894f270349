package org.airisk.workbench.exchangedata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.airisk.workbench.audit.AuditChain;
import org.airisk.workbench.audit.AuditEntry;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.audit.ChainCheck;
import org.airisk.workbench.evidence.Evidence;
import org.airisk.workbench.evidence.EvidenceAnchor;
import org.airisk.workbench.exchange.BoardRecords;
import org.airisk.workbench.exchange.PackageProblem;
import org.airisk.workbench.exchange.PackagedAssessment;

/**
 * The optional "review", "auditTrail" and "evidence" sections of an assessment in a package (ADR 0021): each written
 * only when it has something, none of them in the canonical JSON the content hash is taken of. Read back with what
 * makes them trustworthy checked: a frozen version hashes to its stated hash, a decision names a version carried with
 * it, the trail's chain is intact, and each file has the size and SHA-256 it was attached with.
 */
final class PackageBoard {
    /** Characters of base64 in one piece of a file's content: a multiple of 4, under the longest text read. */
    static final int CHUNK = 786_432;

    private PackageBoard() {}

    static void write(ObjectNode node, BoardRecords board, PackageFormat format) {
        if (!board.noReview()) {
            writeReview(node.putObject("review"), board, format);
        }
        if (!board.trail().isEmpty()) {
            ArrayNode trail = node.putArray("auditTrail");
            for (AuditEntry e : board.trail()) {
                trail.addObject()
                        .put("sequence", e.sequence())
                        .put("time", e.time().toString())
                        .put("user", e.user())
                        .put("kind", e.kind().name())
                        .put("subject", e.subject())
                        .put("before", e.before())
                        .put("after", e.after())
                        .put("previous", e.previous())
                        .put("hash", e.hash());
            }
        }
        if (!board.evidence().isEmpty()) {
            ArrayNode files = node.putArray("evidence");
            for (BoardRecords.File f : board.evidence()) {
                Evidence e = f.evidence();
                files.addObject()
                        .put("id", e.id().toString())
                        .put("fileName", e.fileName())
                        .put("on", e.anchor().encode())
                        .put("size", e.size())
                        .put("sha256", e.sha256())
                        .put("addedAt", e.addedAt().toString())
                        .put("addedBy", e.addedBy())
                        .set("content", chunks(Base64.getEncoder().encodeToString(f.content())));
            }
        }
    }

    /** The review stage, the versions submitted with their snapshots, and the decisions taken on them. */
    private static void writeReview(ObjectNode review, BoardRecords board, PackageFormat format) {
        review.put("stage", board.stage());
        ArrayNode versions = review.putArray("versions");
        for (BoardRecords.Version v : board.versions()) {
            versions.addObject()
                    .put("number", v.number())
                    .put("stageAtSubmission", v.stageAtSubmission())
                    .put("submittedAt", v.submittedAt().toString())
                    .put("submittedBy", v.submittedBy())
                    .put("contentHash", v.contentHash())
                    // the canonical JSON itself (not text: a text value is at most a million characters)
                    .set("snapshot", format.content(v.snapshot()));
        }
        ArrayNode decisions = review.putArray("decisions");
        for (BoardRecords.Decision d : board.decisions()) {
            ObjectNode n = decisions
                    .addObject()
                    .put("version", d.version())
                    .put("contentHash", d.contentHash())
                    .put("decision", d.decision());
            ArrayNode conditions = n.putArray("conditions");
            d.conditions().forEach(conditions::add);
            n.put("comment", d.comment())
                    .put("reviewerName", d.reviewerName())
                    .put("reviewerRole", d.reviewerRole())
                    .put("decidedAt", d.decidedAt().toString())
                    .put("signatureAlgorithm", d.signatureAlgorithm())
                    .put("signerFingerprint", d.signerFingerprint())
                    .put("signature", d.signature());
        }
    }

    /** Base64 in pieces under the longest text a package may hold (a 20 MB file is 27 million characters). */
    static ArrayNode chunks(String base64) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (int from = 0; from < base64.length(); from += CHUNK) {
            list.add(base64.substring(from, Math.min(base64.length(), from + CHUNK)));
        }
        return list;
    }

    /** The sections of a schema-checked assessment node; every problem is added under its path. */
    static BoardRecords read(
            JsonNode n,
            UUID assessment,
            String path,
            BiFunction<JsonNode, String, Instant> instant,
            List<PackageProblem> problems) {
        List<BoardRecords.Version> versions = new ArrayList<>();
        List<BoardRecords.Decision> decisions = new ArrayList<>();
        String stage = "DRAFT";
        JsonNode review = n.get("review");
        if (review != null) {
            stage = review.get("stage").asText();
            Map<Integer, String> hashes = new HashMap<>();
            versions = versions(review.get("versions"), assessment, path, instant, problems, hashes);
            decisions = decisions(review.get("decisions"), hashes, path, instant, problems);
        }
        return new BoardRecords(
                stage,
                versions,
                decisions,
                trail(n.get("auditTrail"), assessment, path, instant, problems),
                evidence(n.get("evidence"), assessment, path, instant, problems));
    }

    /** The versions submitted for review; each one's content hash goes into {@code hashes} by its number. */
    private static List<BoardRecords.Version> versions(
            JsonNode list,
            UUID assessment,
            String path,
            BiFunction<JsonNode, String, Instant> instant,
            List<PackageProblem> problems,
            Map<Integer, String> hashes) {
        List<BoardRecords.Version> versions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = path + ".review.versions[" + i + "]";
            BoardRecords.Version v = version(list.get(i), assessment, at, instant, problems);
            if (v != null && hashes.putIfAbsent(v.number(), v.contentHash()) != null) {
                problems.add(new PackageProblem(
                        at + ".number",
                        "version " + v.number() + " is in the package " + "twice; each version is carried once."));
            } else if (v != null) {
                versions.add(v);
            }
        }
        return versions;
    }

    /**
     * The reviewers' decisions, each on a version the package carries and on that version's content: one that was
     * changed after it was taken is refused.
     */
    private static List<BoardRecords.Decision> decisions(
            JsonNode list,
            Map<Integer, String> hashes,
            String path,
            BiFunction<JsonNode, String, Instant> instant,
            List<PackageProblem> problems) {
        List<BoardRecords.Decision> decisions = new ArrayList<>();
        Map<Integer, Integer> decided = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode d = list.get(i);
            String at = path + ".review.decisions[" + i + "]";
            int number = d.get("version").asInt();
            Integer first = decided.putIfAbsent(number, i);
            if (first != null) {
                problems.add(new PackageProblem(
                        at + ".version",
                        "version " + number + " is decided twice (also " + "in decisions[" + first
                                + "]); a version has one decision."));
                continue;
            }
            String hash = hashes.get(number);
            if (hash == null) {
                problems.add(new PackageProblem(
                        at + ".version",
                        "the decision is on version " + number + ", "
                                + "which the package does not carry; a decision travels with its version."));
                continue;
            }
            if (!hash.equals(d.get("contentHash").asText())) {
                problems.add(new PackageProblem(
                        at + ".contentHash",
                        "the decision names a content hash other " + "than version " + number
                                + "'s; it was changed after it was taken, so it is refused."));
                continue;
            }
            decisions.add(decision(d, at, number, hash, instant));
        }
        return decisions;
    }

    private static BoardRecords.Decision decision(
            JsonNode d, String at, int number, String hash, BiFunction<JsonNode, String, Instant> instant) {
        List<String> conditions = new ArrayList<>();
        d.get("conditions").forEach(c -> conditions.add(c.asText()));
        return new BoardRecords.Decision(
                number,
                hash,
                d.get("decision").asText(),
                conditions,
                d.get("comment").asText(),
                d.get("reviewerName").asText(),
                d.get("reviewerRole").asText(),
                instant.apply(d.get("decidedAt"), at + ".decidedAt"),
                text(d.get("signatureAlgorithm")),
                text(d.get("signerFingerprint")),
                text(d.get("signature")));
    }

    private static BoardRecords.Version version(
            JsonNode v,
            UUID assessment,
            String at,
            BiFunction<JsonNode, String, Instant> instant,
            List<PackageProblem> problems) {
        int number = v.get("number").asInt();
        String hash = v.get("contentHash").asText();
        // The snapshot is one assessment's canonical JSON: read as a one-assessment package, with every check.
        String wrapped = "{\"format\":\"" + PackageFormat.FORMAT + "\",\"formatVersion\":" + PackageFormat.VERSION
                + ",\"assessments\":[" + v.get("snapshot").toString() + "]}";
        PackageFormat.Read read = new PackageReader().read(wrapped);
        if (!read.ok()) {
            problems.add(new PackageProblem(
                    at + ".snapshot",
                    "version " + number + " does not read as a frozen " + "assessment ("
                            + read.problems().get(0).message() + "); ask for a fresh export."));
            return null;
        }
        PackagedAssessment snapshot = read.assessments().get(0);
        if (!snapshot.assessment().id().equals(assessment)
                || snapshot.method() == null
                || !hash.equals(ContentHash.of(snapshot, snapshot.method()))) {
            problems.add(new PackageProblem(
                    at + ".snapshot",
                    "version " + number + " does not hash to its stated "
                            + "content hash, so it was changed after it was frozen; ask for a fresh export."));
            return null;
        }
        return new BoardRecords.Version(
                number,
                v.get("stageAtSubmission").asText(),
                instant.apply(v.get("submittedAt"), at + ".submittedAt"),
                v.get("submittedBy").asText(),
                hash,
                snapshot);
    }

    private static List<AuditEntry> trail(
            JsonNode list,
            UUID assessment,
            String path,
            BiFunction<JsonNode, String, Instant> instant,
            List<PackageProblem> problems) {
        if (list == null) {
            return List.of();
        }
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            entries.add(new AuditEntry(
                    assessment,
                    e.get("sequence").asInt(),
                    instant.apply(e.get("time"), path + ".auditTrail[" + i + "].time"),
                    e.get("user").asText(),
                    AuditKind.valueOf(e.get("kind").asText()),
                    e.get("subject").asText(),
                    text(e.get("before")),
                    text(e.get("after")),
                    text(e.get("previous")),
                    e.get("hash").asText()));
        }
        ChainCheck check = AuditChain.check(entries);
        if (!check.intact()) {
            // Refused rather than flagged: a library would otherwise keep a broken trail as its own (ADR 0021).
            problems.add(new PackageProblem(
                    path + ".auditTrail",
                    check.sentence().replace(".", "").replaceFirst("The audit trail", "the package's audit trail")
                            + ", so the package was changed "
                            + "after it was exported; ask for a fresh export."));
        }
        return entries;
    }

    private static List<BoardRecords.File> evidence(
            JsonNode list,
            UUID assessment,
            String path,
            BiFunction<JsonNode, String, Instant> instant,
            List<PackageProblem> problems) {
        if (list == null) {
            return List.of();
        }
        List<BoardRecords.File> files = new ArrayList<>();
        Map<UUID, Integer> ids = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode f = list.get(i);
            String at = path + ".evidence[" + i + "]";
            String name = f.get("fileName").asText();
            UUID id = UUID.fromString(f.get("id").asText());
            if (ids.putIfAbsent(id, i) != null) {
                problems.add(new PackageProblem(
                        at + ".id",
                        "evidence[" + ids.get(id) + "] has this id too; each " + "evidence file needs its own id."));
                continue;
            }
            byte[] content = checkedContent(f, at, name, problems);
            if (content == null) {
                continue;
            }
            long size = f.get("size").asLong();
            String sha256 = f.get("sha256").asText();
            EvidenceAnchor anchor = EvidenceAnchor.decode(f.get("on").asText()).orElse(null);
            if (anchor == null) {
                problems.add(new PackageProblem(
                        at + ".on",
                        "\u201c" + f.get("on").asText() + "\u201d is not what "
                                + "evidence can support; write assessment, question:ID, risk:ID or plan:ID."));
                continue;
            }
            files.add(new BoardRecords.File(
                    new Evidence(
                            id,
                            assessment,
                            anchor,
                            name,
                            size,
                            sha256,
                            instant.apply(f.get("addedAt"), at + ".addedAt"),
                            f.get("addedBy").asText()),
                    content));
        }
        return files;
    }

    /**
     * An evidence file's content, decoded and checked against the limits on evidence and the size and SHA-256 it
     * was attached with; null, with the problem said, when it fails one.
     */
    private static byte[] checkedContent(JsonNode f, String at, String name, List<PackageProblem> problems) {
        byte[] content;
        try {
            StringBuilder base64 = new StringBuilder();
            f.get("content").forEach(piece -> base64.append(piece.asText()));
            content = Base64.getDecoder().decode(base64.toString());
        } catch (IllegalArgumentException e) {
            problems.add(new PackageProblem(
                    at + ".content",
                    "the content of \u201c" + name + "\u201d is not "
                            + "base64; the package was damaged, so ask for a fresh export."));
            return null;
        }
        long size = f.get("size").asLong();
        String sha256 = f.get("sha256").asText();
        String limits = Evidence.problem(name, size);
        if (!limits.isEmpty()) {
            problems.add(new PackageProblem(at, limits));
            return null;
        }
        if (content.length != size || !sha256.equals(sha256(content))) {
            problems.add(new PackageProblem(
                    at + ".content",
                    "\u201c" + name + "\u201d does not have the size "
                            + "and SHA-256 it was attached with, so the file was damaged or changed in the package; ask "
                            + "for a fresh export."));
            return null;
        }
        return content;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
