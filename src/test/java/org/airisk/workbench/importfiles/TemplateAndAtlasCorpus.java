package org.airisk.workbench.importfiles;

import java.io.IOException;
import org.airisk.workbench.importfiles.ImportCorpus.Kind;
import org.airisk.workbench.importfiles.ImportCorpus.Outcome;

/** Broken and hostile questionnaire templates and Risk Atlas files, each a small change to a good one. */
public final class TemplateAndAtlasCorpus {
    public static final String TEMPLATE = """
            {"id": "corpus-mini", "version": 1, "title": "Corpus mini", "sections": [{"id": "s", "title": "S",
             "questions": [
              {"id": "q1", "type": "yes_no", "text": "Q1?", "help": "Why", "informs": ["atlas-data-bias"],
               "effects": [{"when": {"equals": "no"}, "risk": "atlas-data-bias", "likelihood": 1}]},
              {"id": "q2", "type": "single_choice", "text": "Q2?", "showIf": {"question": "q1", "equals": "yes"},
               "options": [{"id": "a", "label": "A"}, {"id": "b", "label": "B"}]}]}]}
            """;
    public static final String ATLAS = """
            groups:
              - id: ibm-risk-atlas-robustness
                name: Robustness
            entries:
              - id: atlas-corpus-new-risk
                name: Corpus new risk
                description: Added by the corpus.
                isPartOf: ibm-risk-atlas-robustness
                risk_type: inference
                descriptor:
                  - specific to generative AI
            """;

    private final ImportCorpus corpus;

    public TemplateAndAtlasCorpus(ImportCorpus corpus) {
        this.corpus = corpus;
    }

    private void template(String name, Outcome expected, String text) {
        corpus.text(Kind.TEMPLATE, name, expected, text);
    }

    private void atlas(String name, Outcome expected, String text) {
        corpus.text(Kind.ATLAS, name, expected, text);
    }

    public void all() throws IOException {
        templates();
        atlases();
    }

    private void templates() throws IOException {
        corpus.encodingsAndGarbage(Kind.TEMPLATE, TEMPLATE);
        template("the good template", Outcome.IMPORTED, TEMPLATE);
        template(
                "including a built-in questionnaire",
                Outcome.IMPORTED,
                TEMPLATE.replace(
                        "\"sections\"",
                        "\"includes\": [{\"id\": \"ai-system-profile\", \"version\": 1}], \"sections\""));
        template(
                "a built-in id, newer version",
                Outcome.REFUSED,
                TEMPLATE.replace(
                        "\"corpus-mini\", \"version\": 1", "\"foundation-model-assessment\", \"version\": 99"));
        template(
                "a built-in id, same version",
                Outcome.REFUSED,
                TEMPLATE.replace("corpus-mini", "foundation-model-assessment"));
        template("cut in half", Outcome.REFUSED, TEMPLATE.substring(0, TEMPLATE.length() / 2));
        template("an empty object", Outcome.REFUSED, "{}");
        template("version as text", Outcome.REFUSED, TEMPLATE.replace("\"version\": 1", "\"version\": \"1\""));
        template("version 2.0", Outcome.REFUSED, TEMPLATE.replace("\"version\": 1", "\"version\": 2.0"));
        template("version 1e30", Outcome.REFUSED, TEMPLATE.replace("\"version\": 1", "\"version\": 1e30"));
        template("version 2^40", Outcome.REFUSED, TEMPLATE.replace("\"version\": 1", "\"version\": 1099511627776"));
        template("a question id twice", Outcome.REFUSED, TEMPLATE.replace("\"id\": \"q2\"", "\"id\": \"q1\""));
        template(
                "a key twice",
                Outcome.REFUSED,
                TEMPLATE.replace("\"title\": \"S\"", "\"title\": \"S\", \"title\": \"T\""));
        template(
                "a condition nested 100 deep",
                Outcome.REFUSED,
                TEMPLATE.replace(
                        "\"showIf\": {\"question\": \"q1\", \"equals\": \"yes\"}",
                        "\"showIf\": " + "{\"not\": ".repeat(100) + "{\"question\": \"q1\", \"equals\": \"yes\"}"
                                + "}".repeat(100)));
        template(
                "likelihood 2^32 + 2 (wraps to 2)",
                Outcome.REFUSED,
                TEMPLATE.replace("\"likelihood\": 1", "\"likelihood\": 4294967298"));
        template("likelihood -4", Outcome.REFUSED, TEMPLATE.replace("\"likelihood\": 1", "\"likelihood\": -4"));
        template("likelihood 1.5", Outcome.REFUSED, TEMPLATE.replace("\"likelihood\": 1", "\"likelihood\": 1.5"));
        template("NUL in a question", Outcome.REFUSED, TEMPLATE.replace("Q1?", "Q1\\u0000?"));
        template("a lone surrogate in help", Outcome.REFUSED, TEMPLATE.replace("Why", "Why \\udfff"));
        template(
                "an unknown risk",
                Outcome.REFUSED,
                TEMPLATE.replace("\"informs\": [\"atlas-data-bias\"]", "\"informs\": [\"atlas-no-such-risk\"]"));
        template(
                "an unknown mitigation",
                Outcome.REFUSED,
                TEMPLATE.replace("\"likelihood\": 1", "\"control\": \"mit-no-such-measure\""));
        template(
                "an include not installed",
                Outcome.REFUSED,
                TEMPLATE.replace(
                        "\"sections\"", "\"includes\": [{\"id\": \"missing\", \"version\": 1}], \"sections\""));
        template(
                "a condition on a later question",
                Outcome.REFUSED,
                TEMPLATE.replace(
                        "\"text\": \"Q1?\",",
                        "\"text\": \"Q1?\", \"showIf\": {\"question\": \"q2\", \"equals\": \"a\"},"));
        template("an unknown question type", Outcome.REFUSED, TEMPLATE.replace("single_choice", "bogus"));
        template(
                "sections as text",
                Outcome.REFUSED,
                "{\"id\": \"x\", \"version\": 1, \"title\": \"X\", \"sections\": \"x\"}");
        template("a JSON list", Outcome.REFUSED, "[" + TEMPLATE + "]");
    }

    private void atlases() throws IOException {
        corpus.encodingsAndGarbage(Kind.ATLAS, ATLAS);
        atlas("the good Atlas file", Outcome.IMPORTED, ATLAS);
        // Many entries of ordinary size, as a real file grows; one scalar of megabytes costs the YAML reader time.
        String entry = ATLAS.substring(ATLAS.indexOf("  - id: atlas-corpus"))
                .replace("Added by the corpus.", "d".repeat(16_000));
        StringBuilder bigger = new StringBuilder(ATLAS);
        for (int i = 0; i < 200; i++) {
            bigger.append(entry.replace("atlas-corpus-new-risk", "atlas-corpus-big-" + i));
        }
        atlas("3.2 MB, above the YAML reader's own 3 MiB", Outcome.IMPORTED, bigger.toString());
        atlas(
                "an alias",
                Outcome.REFUSED,
                ATLAS.replace("name: Corpus new risk", "name: &n Corpus new risk")
                        .replace("description: Added by the corpus.", "description: *n"));
        StringBuilder laughs = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            laughs.append(c)
                    .append(": &")
                    .append(c)
                    .append(" [")
                    .append(("*" + (char) (c - 1) + ",").repeat(8))
                    .append('*')
                    .append((char) (c - 1))
                    .append("]\n");
        }
        atlas("an alias bomb", Outcome.REFUSED, laughs + ATLAS);
        atlas(
                "a merge key",
                Outcome.REFUSED,
                ATLAS.replace("    name: Corpus new risk", "    <<: *base\n    name: Corpus new risk")
                        .replace("groups:", "base: &base {x: 1}\ngroups:"));
        atlas("cut inside a list", Outcome.REFUSED, ATLAS.replace("  - specific to generative AI", "  - [unclosed"));
        atlas("tabs for indentation", Outcome.REFUSED, ATLAS.replace("    name: Corpus", "\tname: Corpus"));
        atlas("risk type a number", Outcome.REFUSED, ATLAS.replace("risk_type: inference", "risk_type: 5"));
        atlas("risk type 1e99999", Outcome.REFUSED, ATLAS.replace("risk_type: inference", "risk_type: 1e99999"));
        atlas(
                "an unknown group",
                Outcome.REFUSED,
                ATLAS.replace("isPartOf: ibm-risk-atlas-robustness", "isPartOf: ibm-risk-atlas-nonsense"));
        atlas("no entries", Outcome.REFUSED, "title: a shopping list\nitems:\n  - milk\n");
        atlas("entries empty", Outcome.REFUSED, "entries: []\n");
        atlas("entries a mapping", Outcome.REFUSED, "entries:\n  a: 1\n");
        atlas("one entry twice", Outcome.REFUSED, ATLAS + ATLAS.substring(ATLAS.indexOf("  - id: atlas-corpus")));
        atlas(
                "a key twice",
                Outcome.REFUSED,
                ATLAS.replace("    name: Corpus new risk", "    name: Corpus new risk\n    name: Again"));
        atlas("NUL in a name", Outcome.REFUSED, ATLAS.replace("name: Corpus new risk", "name: \"Corpus\\0risk\""));
        atlas("a bell in a name", Outcome.REFUSED, ATLAS.replace("name: Corpus new risk", "name: \"Corpus\\arisk\""));
        atlas("a lone surrogate", Outcome.REFUSED, ATLAS.replace("name: Corpus new risk", "name: \"Corpus \\uD800\""));
        atlas("a name of 501", Outcome.REFUSED, ATLAS.replace("name: Corpus new risk", "name: " + "n".repeat(501)));
        atlas("a name of 500", Outcome.IMPORTED, ATLAS.replace("name: Corpus new risk", "name: " + "n".repeat(500)));
        atlas("an id of 201", Outcome.REFUSED, ATLAS.replace("atlas-corpus-new-risk", "atlas-" + "x".repeat(195)));
        atlas(
                "nesting 100 deep",
                Outcome.REFUSED,
                ATLAS.replace("  - specific to generative AI", "  - " + "[".repeat(100) + "]".repeat(100)));
        atlas("two documents", Outcome.REFUSED, ATLAS + "---\n" + ATLAS);
    }
}
