package org.airisk.workbench.exchangedata;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.Locale;
import org.airisk.workbench.exchange.PackageProblem;

/**
 * What the package schema found, said the assessor's way: the JSON path of the value and one sentence on what it
 * should be. The validator's own wording (schemas, regex patterns, RFCs) never reaches the user.
 */
final class SchemaMessages {
    private SchemaMessages() {}

    static PackageProblem plain(ValidationMessage m) {
        String path = m.getInstanceLocation().toString();
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        String first = args.length > 0 ? String.valueOf(args[0]) : "";
        String field = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        JsonNode node = m.getInstanceNode();
        String type = m.getType() == null ? "" : m.getType();
        switch (type) {
            case "required":
                return new PackageProblem(
                        path + "." + m.getProperty(),
                        "this field is missing; every package "
                                + "written by the workbench has it, so the file was changed or cut short.");
            case "additionalProperties":
                return new PackageProblem(
                        path + "." + m.getProperty(),
                        "this field is not part of an assessment " + "package; remove it.");
            case "type":
                return new PackageProblem(
                        path,
                        "should be " + kind(args.length > 1 ? String.valueOf(args[1]) : "") + ", not " + kind(first)
                                + ".");
            case "enum":
                return new PackageProblem(
                        path, "should be one of " + first.replaceAll("[\\[\\]]", "") + ", not " + shown(node) + ".");
            case "const":
                return new PackageProblem(path, "should be " + first + ", not " + shown(node) + ".");
            case "minimum":
                return new PackageProblem(path, "should be at least " + first + ", not " + shown(node) + ".");
            case "maximum":
                return new PackageProblem(path, "should be at most " + first + ", not " + shown(node) + ".");
            case "minLength":
                return new PackageProblem(path, "should not be empty.");
            case "maxLength":
                return new PackageProblem(
                        path,
                        "is " + (node == null ? "too" : node.asText().length() + " characters,") + " longer than the "
                                + first + " characters the workbench keeps here; "
                                + "shorten it.");
            case "minItems":
                return new PackageProblem(path, "should list at least " + first + ".");
            case "maxItems":
                return new PackageProblem(path, "should list at most " + first + ".");
            case "pattern":
                return new PackageProblem(path, "should be " + patternOf(field) + ", not " + shown(node) + ".");
            case "format":
                return new PackageProblem(
                        path,
                        "should be "
                                + (first.equals("date")
                                        ? "a real date written YYYY-MM-DD"
                                        : "a moment written like 2026-01-31T09:30:00Z")
                                + ", not " + shown(node) + ".");
            default:
                return new PackageProblem(
                        path, "does not fit the assessment package format (docs/schema " + "describes it).");
        }
    }

    private static String patternOf(String field) {
        return switch (field) {
            case "id" -> "an id like 3f2b8c1e-0d4a-4b6e-9a57-2c1d0e9f8a7b";
            case "colour" -> "a colour like #1A2B3C";
            case "value" -> "a number written like 12.5 or -3";
            default -> "written as the workbench writes it";
        };
    }

    private static String kind(String jsonType) {
        return switch (jsonType.toLowerCase(Locale.ROOT)) {
            case "string" -> "text in quotes";
            case "integer" -> "a whole number";
            case "number" -> "a number";
            case "boolean" -> "true or false";
            case "object" -> "an object in { }";
            case "array" -> "a list in [ ]";
            case "null" -> "null";
            default -> "another kind of value";
        };
    }

    /** The value as found, short. */
    static String shown(JsonNode node) {
        if (node == null) {
            return "that";
        }
        String text = node.isTextual()
                ? "\"" + node.asText() + "\""
                : node.isContainerNode() ? (node.isArray() ? "a list" : "an object") : node.toString();
        text = text.replaceAll("\\s+", " ");
        return text.length() > 60 ? text.substring(0, 57) + "\u2026" : text;
    }
}
