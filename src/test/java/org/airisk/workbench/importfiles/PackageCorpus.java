package org.airisk.workbench.importfiles;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;
import org.airisk.workbench.exchangedata.EncryptedPackage;
import org.airisk.workbench.importfiles.ImportCorpus.Kind;
import org.airisk.workbench.importfiles.ImportCorpus.Outcome;

/**
 * Broken and hostile assessment packages, made from one good package: wrong types, sizes at and past the database's
 * columns, versions, duplicates, collisions, impossible dates and numbers, answers the questionnaire cannot take.
 * The good package holds (in this order) answers to fm_sec_input_screen (yes/no with a note), profile_affected
 * (choices), profile_decision_impact (scale), profile_domain (choice), profile_people_reached (number) and
 * profile_purpose (text), a scoring method, one override and two plan items.
 */
public final class PackageCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ImportCorpus corpus;
    private final ObjectNode good;
    private final String goodText;

    public PackageCorpus(ImportCorpus corpus, String goodText) throws IOException {
        this.corpus = corpus;
        this.goodText = goodText;
        this.good = (ObjectNode) JSON.readTree(goodText);
    }

    private void change(String name, Outcome expected, Consumer<ObjectNode> change) {
        ObjectNode root = good.deepCopy();
        change.accept(root);
        try {
            corpus.text(Kind.PACKAGE, name, expected, JSON.writeValueAsString(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void raw(String name, Outcome expected, String text) {
        corpus.text(Kind.PACKAGE, name, expected, text);
    }

    private static ObjectNode first(ObjectNode root) {
        return (ObjectNode) root.get("assessments").get(0);
    }

    private static ObjectNode answer(ObjectNode root, int i) {
        return (ObjectNode) first(root).get("answers").get(i);
    }

    private static ObjectNode item(ObjectNode root, int i) {
        return (ObjectNode) first(root).get("plan").get(i);
    }

    public void all(UUID existingAssessment) throws IOException {
        corpus.encodingsAndGarbage(Kind.PACKAGE, goodText);
        raw("the good package", Outcome.IMPORTED, goodText);
        change(
                "an assessment id the library holds (kept both)",
                Outcome.IMPORTED,
                r -> first(r).put("id", existingAssessment.toString()));
        formats();
        types();
        sizes();
        duplicates();
        characters();
        numbersAndDates();
        answers();
        encrypted();
        comments();
        new BoardCorpus(this::change, goodText).all();
    }

    private static ObjectNode comment(ObjectNode root, String id, String on, String target) {
        ArrayNode list = first(root).has("comments")
                ? (ArrayNode) first(root).get("comments")
                : first(root).putArray("comments");
        ObjectNode c = list.addObject().put("id", id).put("on", on);
        if (target != null) {
            c.put("target", target);
        }
        return c.put("author", "Ada Lovelace")
                .put("authorRole", "Chair")
                .put("writtenAt", "2026-11-25T10:00:00Z")
                .put("text", "Why is this rated low?");
    }

    private static final String C1 = "10000000-0000-4000-8000-000000000001";
    private static final String C2 = "10000000-0000-4000-8000-000000000002";

    /** Review comments: a good thread, then each way a thread can be broken (docs/review-comments.md). */
    private void comments() {
        change("review comments, a resolved thread with a reply", Outcome.IMPORTED, r -> {
            comment(r, C1, "question", "profile_purpose")
                    .put("version", 1)
                    .putObject("resolution")
                    .put("resolved", true)
                    .put("by", "Grace")
                    .put("at", "2026-11-26T09:00:00Z");
            comment(r, C2, "question", "profile_purpose").put("replyTo", C1).put("text", "Fixed.\nSee note.");
            comment(
                    r,
                    "10000000-0000-4000-8000-000000000003",
                    "plan",
                    item(r, 0).get("id").asText());
            comment(r, "10000000-0000-4000-8000-000000000004", "assessment", null);
        });
        change(
                "a comment replying to a comment not in the package",
                Outcome.REFUSED,
                r -> comment(r, C2, "risk", "R1").put("replyTo", C1));
        change("a reply on another anchor than its thread", Outcome.REFUSED, r -> {
            comment(r, C1, "risk", "R1");
            comment(r, C2, "risk", "R2").put("replyTo", C1);
        });
        change("a reply to a reply", Outcome.REFUSED, r -> {
            comment(r, C1, "assessment", null);
            comment(r, C2, "assessment", null).put("replyTo", C1);
            comment(r, "10000000-0000-4000-8000-000000000003", "assessment", null)
                    .put("replyTo", C2);
        });
        change("a resolved reply", Outcome.REFUSED, r -> {
            comment(r, C1, "assessment", null);
            comment(r, C2, "assessment", null)
                    .put("replyTo", C1)
                    .putObject("resolution")
                    .put("resolved", true)
                    .put("by", "Grace")
                    .put("at", "2026-11-26T09:00:00Z");
        });
        change("one comment id twice", Outcome.REFUSED, r -> {
            comment(r, C1, "assessment", null);
            comment(r, C1, "assessment", null);
        });
        change(
                "a comment on a plan item not in the plan",
                Outcome.REFUSED,
                r -> comment(r, C1, "plan", "20000000-0000-4000-8000-000000000009"));
        change("a comment on a plan item with a malformed id", Outcome.REFUSED, r -> comment(r, C1, "plan", "item-1"));
        change("a comment on a question without its id", Outcome.REFUSED, r -> comment(r, C1, "question", null));
        change(
                "a comment on the whole assessment naming a target",
                Outcome.REFUSED,
                r -> comment(r, C1, "assessment", "Q1"));
        change("a comment on something unknown", Outcome.REFUSED, r -> comment(r, C1, "note", "Q1"));
        change(
                "a comment of 10,000 characters",
                Outcome.IMPORTED,
                r -> comment(r, C1, "assessment", null).put("text", "\u00e9".repeat(10_000)));
        change(
                "a comment of 10,001 characters",
                Outcome.REFUSED,
                r -> comment(r, C1, "assessment", null).put("text", "x".repeat(10_001)));
        change(
                "an empty comment",
                Outcome.REFUSED,
                r -> comment(r, C1, "assessment", null).put("text", ""));
        change(
                "a blank comment",
                Outcome.REFUSED,
                r -> comment(r, C1, "assessment", null).put("text", "  \n "));
        change(
                "a comment written at no real moment",
                Outcome.REFUSED,
                r -> comment(r, C1, "assessment", null).put("writtenAt", "2026-02-30T10:00:00Z"));
        change(
                "a comment version 0",
                Outcome.REFUSED,
                r -> comment(r, C1, "assessment", null).put("version", 0));
        change("an empty comments list", Outcome.REFUSED, r -> first(r).putArray("comments"));
        change("comments as text", Outcome.REFUSED, r -> first(r).put("comments", "none"));
        change(
                "an unknown field in a comment",
                Outcome.REFUSED,
                r -> comment(r, C1, "assessment", null).put("colour", "red"));
    }

    /** Without a password (as `validate` and an import are given none here) a protected package is refused plainly. */
    private void encrypted() {
        String sealed = new EncryptedPackage(new EncryptedPackage.Kdf(8, 1, 1), new SecureRandom())
                .seal(goodText.getBytes(StandardCharsets.UTF_8), "a password".toCharArray());
        raw("the good package protected with a password, given none", Outcome.REFUSED, sealed);
        raw("a protected package cut in half", Outcome.REFUSED, sealed.substring(0, sealed.length() / 2));
        raw(
                "a protected package claiming 1 TiB of key memory",
                Outcome.REFUSED,
                sealed.replace("\"memoryKiB\":8", "\"memoryKiB\":1073741824"));
        raw("only the protected format's name", Outcome.REFUSED, "{\"format\":\"airisk-encrypted-package\"}");
    }

    private void formats() {
        raw("JSON null", Outcome.REFUSED, "null");
        raw("a list", Outcome.REFUSED, "[]");
        raw("a number", Outcome.REFUSED, "42");
        raw("a text", Outcome.REFUSED, "\"package\"");
        raw("an empty object", Outcome.REFUSED, "{}");
        raw("two packages joined", Outcome.REFUSED, goodText + goodText);
        raw(
                "cut one character short",
                Outcome.REFUSED,
                goodText.strip().substring(0, goodText.strip().length() - 1));
        raw("cut at a quarter", Outcome.REFUSED, goodText.substring(0, goodText.length() / 4));
        raw("cut in half", Outcome.REFUSED, goodText.substring(0, goodText.length() / 2));
        raw("trailing comma", Outcome.REFUSED, goodText.replaceFirst("\"format\"", "\"x\": 1,,\"format\""));
        change("another format", Outcome.REFUSED, r -> r.put("format", "ai-risk-workbench/other"));
        change("no format", Outcome.REFUSED, r -> r.remove("format"));
        change("format version 2", Outcome.REFUSED, r -> r.put("formatVersion", 2));
        change("format version 2.0", Outcome.REFUSED, r -> r.put("formatVersion", new BigDecimal("2.0")));
        change("format version 1.0", Outcome.REFUSED, r -> r.put("formatVersion", new BigDecimal("1.0")));
        change("format version 0", Outcome.REFUSED, r -> r.put("formatVersion", 0));
        change("format version -1", Outcome.REFUSED, r -> r.put("formatVersion", -1));
        change("format version as text", Outcome.REFUSED, r -> r.put("formatVersion", "1"));
        change("format version null", Outcome.REFUSED, r -> r.putNull("formatVersion"));
        change("no format version", Outcome.REFUSED, r -> r.remove("formatVersion"));
        change("format version 2^70", Outcome.REFUSED, r -> r.put("formatVersion", BigInteger.TWO.pow(70)));
        change("no assessments", Outcome.REFUSED, r -> r.putArray("assessments"));
        change("an unknown field", Outcome.REFUSED, r -> r.put("extra", true));
        change(
                "an unknown field in an answer",
                Outcome.REFUSED,
                r -> answer(r, 1).put("colour", "red"));
        change(
                "a questionnaire not installed",
                Outcome.REFUSED,
                r -> ((ObjectNode) first(r).get("template")).put("id", "no-such-questionnaire"));
        change(
                "a newer questionnaire version (moved to the installed one)",
                Outcome.IMPORTED,
                r -> ((ObjectNode) first(r).get("template")).put("version", 99));
        change(
                "a scoring model from the future",
                Outcome.REFUSED,
                r -> ((ObjectNode) first(r).get("scoringMethod")).put("model", 99));
    }

    private void types() {
        change("progress as text", Outcome.REFUSED, r -> first(r).put("progressPercent", "x"));
        change("title as number", Outcome.REFUSED, r -> first(r).put("title", 5));
        change("answers as object", Outcome.REFUSED, r -> first(r).putObject("answers"));
        change("plan as text", Outcome.REFUSED, r -> first(r).put("plan", "x"));
        change("scoring method as number", Outcome.REFUSED, r -> first(r).put("scoringMethod", 3));
        change(
                "template version as text",
                Outcome.REFUSED,
                r -> ((ObjectNode) first(r).get("template")).put("version", "1"));
        change("created at as number", Outcome.REFUSED, r -> first(r).put("createdAt", 5));
        change("status unknown", Outcome.REFUSED, r -> first(r).put("status", "DONE"));
        change("note null", Outcome.REFUSED, r -> answer(r, 1).putNull("note"));
        change("plan item without title", Outcome.REFUSED, r -> item(r, 0).remove("title"));
        change("effort unknown", Outcome.REFUSED, r -> item(r, 0).put("effort", "XL"));
        change(
                "colour not a colour",
                Outcome.REFUSED,
                r -> ((ObjectNode) first(r).get("scoringMethod").get("levels").get(0)).put("colour", "red"));
        change("id not an id", Outcome.REFUSED, r -> first(r).put("id", "not-a-uuid"));
    }

    private void sizes() {
        change("every field at the database's limit", Outcome.IMPORTED, r -> {
            first(r).put("title", "T".repeat(200))
                    .put("systemName", "S".repeat(200))
                    .put("owner", "O".repeat(200));
            item(r, 0)
                    .put("title", "P".repeat(500))
                    .put("owner", "W".repeat(200))
                    .put("mitigation", "m".repeat(200));
            ((ArrayNode) item(r, 0).get("risks")).set(0, "r".repeat(200));
            answer(r, 0).put("note", "n".repeat(ImportLimits.MAX_STRING));
            ((ObjectNode) first(r).get("overrides").get(0)).put("risk", "k".repeat(200));
            ((ObjectNode) first(r).get("scoringMethod").get("levels").get(0)).put("label", "L".repeat(40));
        });
        change("title of 201", Outcome.REFUSED, r -> first(r).put("title", "T".repeat(201)));
        change("system of 201", Outcome.REFUSED, r -> first(r).put("systemName", "S".repeat(201)));
        change("owner of 201", Outcome.REFUSED, r -> first(r).put("owner", "O".repeat(201)));
        change(
                "questionnaire id of 101",
                Outcome.REFUSED,
                r -> ((ObjectNode) first(r).get("template")).put("id", "q".repeat(101)));
        change("question id of 101", Outcome.REFUSED, r -> answer(r, 1).put("question", "q".repeat(101)));
        change("plan title of 501", Outcome.REFUSED, r -> item(r, 0).put("title", "P".repeat(501)));
        change("plan owner of 201", Outcome.REFUSED, r -> item(r, 0).put("owner", "W".repeat(201)));
        change("plan mitigation of 201", Outcome.REFUSED, r -> item(r, 0).put("mitigation", "m".repeat(201)));
        change("plan risk of 201", Outcome.REFUSED, r -> ((ArrayNode) item(r, 0).get("risks")).set(0, "r".repeat(201)));
        change(
                "override risk of 201",
                Outcome.REFUSED,
                r -> ((ObjectNode) first(r).get("overrides").get(0)).put("risk", "k".repeat(201)));
        change(
                "level name of 41",
                Outcome.REFUSED,
                r -> ((ObjectNode) first(r).get("scoringMethod").get("levels").get(0)).put("label", "L".repeat(41)));
        change(
                "a note one character too long",
                Outcome.REFUSED,
                r -> answer(r, 0).put("note", "n".repeat(ImportLimits.MAX_STRING + 1)));
        change("nesting 100 deep", Outcome.REFUSED, r -> {
            ArrayNode deep = r.putArray("exportedBy");
            for (int i = 0; i < 100; i++) {
                deep = deep.addArray();
            }
        });
        raw("10,000 open brackets", Outcome.REFUSED, "[".repeat(10_000));
        raw("more than a million values", Outcome.REFUSED, "[" + "0,".repeat(ImportLimits.MAX_VALUES) + "0]");
        change("a list of 30,000 answers, repeated", Outcome.REFUSED, r -> {
            ArrayNode answers = (ArrayNode) first(r).get("answers");
            ObjectNode one = (ObjectNode) answers.get(4);
            for (int i = 0; i < 30_000; i++) {
                answers.add(one.deepCopy());
            }
        });
        change("fifty assessments (each its own id)", Outcome.IMPORTED, r -> {
            ArrayNode list = (ArrayNode) r.get("assessments");
            ObjectNode one = first(r);
            for (int i = 0; i < 49; i++) {
                list.add(one.deepCopy()
                        .put(
                                "id",
                                UUID.nameUUIDFromBytes(("copy" + i).getBytes(StandardCharsets.UTF_8))
                                        .toString()));
            }
        });
    }

    private void duplicates() {
        raw("a key twice at the top", Outcome.REFUSED, goodText.replaceFirst("\\{", "{\"format\": \"x\","));
        raw(
                "a key twice in an answer",
                Outcome.REFUSED,
                goodText.replaceFirst("\"question\"", "\"note\": \"a\", \"question\""));
        change(
                "one assessment twice",
                Outcome.REFUSED,
                r -> ((ArrayNode) r.get("assessments")).add(first(r).deepCopy()));
        change(
                "one plan item id twice",
                Outcome.REFUSED,
                r -> item(r, 1).put("id", item(r, 0).get("id").asText()));
        change(
                "one plan item id twice in other case",
                Outcome.REFUSED,
                r -> item(r, 1).put("id", item(r, 0).get("id").asText().toUpperCase(Locale.ROOT)));
        change(
                "one question answered twice",
                Outcome.REFUSED,
                r -> answer(r, 2).put("question", answer(r, 1).get("question").asText()));
        change(
                "one risk overridden twice",
                Outcome.REFUSED,
                r -> ((ArrayNode) first(r).get("overrides"))
                        .add(first(r).get("overrides").get(0).deepCopy()));
    }

    private void characters() {
        change("NUL in the title", Outcome.REFUSED, r -> first(r).put("title", "Bad\u0000title"));
        change("NUL in a note", Outcome.REFUSED, r -> answer(r, 0).put("note", "a\u0000b"));
        change("NUL in a key", Outcome.REFUSED, r -> r.put("ex\u0000tra", 1));
        // Escaped as JSON writes them: a Java string cannot carry a lone half into UTF-8 bytes.
        raw("a lone high surrogate", Outcome.REFUSED, goodText.replace("Vendor says", "Vendor \\ud800 says"));
        raw("a lone low surrogate", Outcome.REFUSED, goodText.replace("\"Ann\"", "\"\\udc00\""));
        raw(
                "a surrogate pair escaped is one character",
                Outcome.IMPORTED,
                // in the note only: the trail's copy of it is hashed, and a changed entry is refused
                goodText.substring(0, goodText.indexOf("Vendor says")) + "Vendor \\ud83d\\ude00 says"
                        + goodText.substring(goodText.indexOf("Vendor says") + "Vendor says".length()));
        change("a control character", Outcome.REFUSED, r -> answer(r, 5).put("value", "bell \u0007"));
        change(
                "tabs, line breaks and emoji are text",
                Outcome.IMPORTED,
                r -> answer(r, 5).put("value", "tab\tline\r\nnext \ud83d\ude00"));
    }

    private void numbersAndDates() {
        change("progress 1e400", Outcome.REFUSED, r -> first(r).put("progressPercent", new BigDecimal("1e400")));
        change(
                "progress of 30 digits",
                Outcome.REFUSED,
                r -> first(r).put("progressPercent", new BigInteger("123456789012345678901234567890")));
        raw(
                "a number of 500 digits",
                Outcome.REFUSED,
                goodText.replaceFirst("\"progressPercent\" : \\d+", "\"progressPercent\" : " + "9".repeat(500)));
        change(
                "template version 2^40 (wraps to 0)",
                Outcome.REFUSED,
                r -> ((ObjectNode) first(r).get("template")).put("version", 1L << 40));
        change(
                "appetite 2^32 + 4 (wraps to 4)",
                Outcome.REFUSED,
                r -> ((ObjectNode) first(r).get("scoringMethod")).put("appetite", (1L << 32) + 4));
        change("number answer 1e999999999", Outcome.REFUSED, r -> answer(r, 4).put("value", "1e999999999"));
        change("number answer of 60 digits", Outcome.REFUSED, r -> answer(r, 4).put("value", "1".repeat(60)));
        change("number answer of 40 digits", Outcome.IMPORTED, r -> answer(r, 4).put("value", "9".repeat(40)));
        change("number answer not a number", Outcome.REFUSED, r -> answer(r, 4).put("value", "twelve"));
        change(
                "likelihood -1",
                Outcome.REFUSED,
                r -> ((ObjectNode) first(r).get("overrides").get(0)).put("likelihood", -1));
        change(
                "likelihood 7",
                Outcome.REFUSED,
                r -> ((ObjectNode) first(r).get("overrides").get(0)).put("likelihood", 7));
        change(
                "likelihood 2^32 + 3",
                Outcome.REFUSED,
                r -> ((ObjectNode) first(r).get("overrides").get(0)).put("likelihood", (1L << 32) + 3));
        change("plan lowers likelihood by 4", Outcome.REFUSED, r -> item(r, 0).put("reducesLikelihood", 4));
        change("scale 9", Outcome.REFUSED, r -> answer(r, 2).put("value", 9));
        change("scale 0", Outcome.REFUSED, r -> answer(r, 2).put("value", 0));
        change("due 30 February", Outcome.REFUSED, r -> item(r, 0).put("due", "2026-02-30"));
        change("due month 13", Outcome.REFUSED, r -> item(r, 0).put("due", "2026-13-01"));
        change("due year 0", Outcome.REFUSED, r -> item(r, 0).put("due", "0000-01-01"));
        change("due year 10000", Outcome.REFUSED, r -> item(r, 0).put("due", "+10000-01-01"));
        change("due in words", Outcome.REFUSED, r -> item(r, 0).put("due", "next Tuesday"));
        change("created 30 February", Outcome.REFUSED, r -> first(r).put("createdAt", "2026-02-30T00:00:00Z"));
        change("created year 9999999", Outcome.REFUSED, r -> first(r).put("createdAt", "+9999999-01-01T00:00:00Z"));
        change("created with an offset", Outcome.IMPORTED, r -> first(r).put("createdAt", "2026-01-31T09:30:00+02:00"));
    }

    private void answers() {
        change(
                "an answer to an unknown question",
                Outcome.REFUSED,
                r -> answer(r, 5).put("question", "no_such_question"));
        change("a note to an unknown question", Outcome.REFUSED, r -> {
            ObjectNode a = answer(r, 0).put("question", "no_such_question");
            a.remove("value");
            a.put("kind", "none");
        });
        change(
                "a choice outside the options",
                Outcome.REFUSED,
                r -> answer(r, 3).put("value", "space_travel"));
        change(
                "not applicable where not offered",
                Outcome.REFUSED,
                r -> answer(r, 0).put("value", "not_applicable"));
        change(
                "choices outside the options",
                Outcome.REFUSED,
                r -> ((ArrayNode) answer(r, 1).get("value")).add("aliens"));
        change(
                "a choice chosen twice",
                Outcome.REFUSED,
                r -> ((ArrayNode) answer(r, 1).get("value"))
                        .add(answer(r, 1).get("value").get(0).asText()));
        change(
                "text given to a choice question",
                Outcome.REFUSED,
                r -> answer(r, 3).put("kind", "text"));
        change(
                "a scale given to a number question",
                Outcome.REFUSED,
                r -> answer(r, 4).put("kind", "scale").put("value", 3));
        change(
                "a date given to a text question",
                Outcome.REFUSED,
                r -> answer(r, 5).put("kind", "date").put("value", "2026-01-01"));
        change(
                "a line break in a question id",
                Outcome.REFUSED,
                r -> answer(r, 5).put("question", "two\nlines"));
        change("an empty choice", Outcome.REFUSED, r -> answer(r, 3).put("value", ""));
    }
}
