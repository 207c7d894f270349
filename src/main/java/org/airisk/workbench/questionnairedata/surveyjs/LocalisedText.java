package org.airisk.workbench.questionnairedata.surveyjs;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * SurveyJS writes a text either plainly or per language ({@code {"default": "Yes", "fr": "Oui"}}). This picks the
 * chosen language, else the default, and counts how often it had to fall back.
 */
final class LocalisedText {
    static final String DEFAULT = "default";

    private final String language;
    private int fallbacks;

    /** {@code language} null or blank for the survey's default texts. */
    LocalisedText(String language) {
        this.language = language == null || language.isBlank() ? DEFAULT : language.strip();
    }

    String language() {
        return language;
    }

    /** The text of this field of {@code node}, or "" when it has none. */
    String of(JsonNode node, String field) {
        return node == null ? "" : of(node.get(field));
    }

    String of(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (!value.isObject()) {
            return value.asText();
        }
        JsonNode chosen = value.get(language);
        if (chosen != null && chosen.isValueNode()) {
            return chosen.asText();
        }
        if (!language.equals(DEFAULT)) {
            fallbacks++;
        }
        for (String key : new String[] {DEFAULT, "en"}) {
            if (value.hasNonNull(key) && value.get(key).isValueNode()) {
                return value.get(key).asText();
            }
        }
        Iterator<JsonNode> any = value.elements();
        while (any.hasNext()) {
            JsonNode next = any.next();
            if (next.isValueNode()) {
                return next.asText();
            }
        }
        return "";
    }

    /** How many texts had no version in the chosen language. */
    int fallbacks() {
        return fallbacks;
    }

    /** The languages a survey's texts are written in, besides the default. */
    static Set<String> languages(JsonNode root) {
        Set<String> found = new TreeSet<>();
        collect(root, found, 0);
        return found;
    }

    private static void collect(JsonNode node, Set<String> found, int depth) {
        if (node == null || depth > 64) {
            return;
        }
        if (node.isObject() && node.has(DEFAULT) && isLocalised(node)) {
            node.fieldNames().forEachRemaining(k -> {
                if (!k.equals(DEFAULT)) {
                    found.add(k);
                }
            });
            return;
        }
        if (node.isObject()
                && node.hasNonNull("locale")
                && node.get("locale").isTextual()
                && !node.get("locale").asText().isBlank()) {
            found.add(node.get("locale").asText());
        }
        for (JsonNode child : node) {
            collect(child, found, depth + 1);
        }
    }

    private static boolean isLocalised(JsonNode node) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            if (!it.next().getValue().isTextual()) {
                return false;
            }
        }
        return true;
    }
}
