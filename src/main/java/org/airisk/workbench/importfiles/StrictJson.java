package org.airisk.workbench.importfiles;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads JSON (or YAML) text into a tree, refusing what would harm the workbench or break its exports later: nesting deeper,
 * texts longer, numbers longer and more values than {@link ImportLimits} allows, a key twice in one object, and text
 * holding NUL or other control characters (tab and line breaks aside) or half of a UTF-16 pair. Every refusal is one
 * sentence naming the JSON path ({@code $.answers[3].value}) and what to do; none passes on the parser's own words.
 */
public final class StrictJson {
    /** The parser's own bounds, set explicitly: they back up the checks below, which come first. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(ImportLimits.MAX_DEPTH + 1)
                    .maxStringLength(ImportLimits.MAX_STRING)
                    .maxNumberLength(ImportLimits.MAX_NUMBER_CHARS)
                    .build())
            .build();

    private static final JsonFactory YAML = YAMLFactory.builder()
            .loaderOptions(yamlOptions())
            .streamReadConstraints(FACTORY.streamReadConstraints())
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** The tree, or where and why it was refused. */
    public record Parsed(JsonNode root, String path, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private StrictJson() {}

    public static Parsed read(String text) {
        return read(text, FACTORY, "JSON");
    }

    /**
     * YAML read the same way (a Risk Atlas file), and an alias ({@code *name}) is refused: the parser would hand
     * back the anchor's name in place of the value it stands for.
     */
    public static Parsed readYaml(String text) {
        return read(text, YAML, "YAML");
    }

    private static Parsed read(String text, JsonFactory factory, String language) {
        Reader reader = new Reader();
        try (JsonParser parser = factory.createParser(text)) {
            reader.parser = parser;
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new Parsed(null, "$", "The file is empty.");
            }
            JsonNode root = reader.value(first);
            if (parser.nextToken() != null) {
                return new Parsed(
                        null,
                        "$",
                        "The file holds more after its JSON value ends (near line "
                                + parser.currentLocation().getLineNr()
                                + "); it may be two files joined, remove the rest.");
            }
            return new Parsed(root, "$", null);
        } catch (Refused r) {
            return new Parsed(null, r.path, r.getMessage());
        } catch (StreamConstraintsException e) {
            return new Parsed(null, reader.path(), limit(e));
        } catch (JsonEOFException e) {
            return new Parsed(
                    null,
                    reader.path(),
                    "The file ends in the middle of its " + language
                            + " (it may be cut short); export it again or restore the whole file.");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " near line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            return new Parsed(
                    null,
                    reader.path(),
                    "The file is not valid " + language + where
                            + "; it may be damaged or not be the kind of file expected.");
        } catch (IOException e) {
            return new Parsed(
                    null, reader.path(), "The file could not be read as " + language + "; it may be damaged.");
        }
    }

    /** The YAML reader's own bounds sit above the file and nesting bounds, so that those are met first. */
    private static LoaderOptions yamlOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.MAX_VALUE);
        options.setNestingDepthLimit(ImportLimits.MAX_DEPTH + 10);
        options.setMaxAliasesForCollections(0);
        return options;
    }

    /** The bound the parser hit, in the workbench's words. */
    private static String limit(StreamConstraintsException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("String")) {
            return capitalised(tooLongText());
        }
        if (m.contains("Number")) {
            return capitalised(tooLongNumber());
        }
        if (m.contains("nesting") || m.contains("depth")) {
            return capitalised(tooDeep());
        }
        return "The file goes beyond what the workbench reads: at most " + ImportLimits.MAX_DEPTH
                + " levels of nesting, texts of " + ImportLimits.count(ImportLimits.MAX_STRING) + " characters and "
                + "numbers of " + ImportLimits.MAX_NUMBER_CHARS + " characters.";
    }

    private static String tooLongText() {
        return "the text is longer than " + ImportLimits.count(ImportLimits.MAX_STRING)
                + " characters, the most the workbench keeps; shorten it.";
    }

    private static String tooLongNumber() {
        return "the number is longer than " + ImportLimits.MAX_NUMBER_CHARS + " characters; no value of an "
                + "imported file is that long.";
    }

    private static String tooDeep() {
        return "lists and objects are nested more than " + ImportLimits.MAX_DEPTH + " levels deep here, "
                + "deeper than any file the workbench reads.";
    }

    /** Why a text cannot be kept, or null: NUL and control characters, half of a UTF-16 pair. */
    public static String badCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "the text holds half of a character pair (U+" + hex(c) + ", at character " + (i + 1)
                        + "), which no report or export can hold; remove it.";
            } else if (c == 0) {
                return "the text holds a NUL character (U+0000, at character " + (i + 1) + "), which no report "
                        + "or export can hold; remove it.";
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return "the text holds the control character U+" + hex(c) + " (at character " + (i + 1)
                        + "), which no report or export can hold; remove it.";
            }
        }
        return null;
    }

    static String capitalised(String message) {
        return message.substring(0, 1).toUpperCase(Locale.ROOT) + message.substring(1);
    }

    private static String hex(char c) {
        String h = Integer.toHexString(c).toUpperCase(Locale.ROOT);
        return "0".repeat(4 - h.length()) + h;
    }

    /** A refusal at a path; thrown inside the reader only. */
    private static final class Refused extends RuntimeException {
        final String path;

        Refused(String path, String message) {
            super(message, null, false, false);
            this.path = path;
        }
    }

    private static final class Reader {
        JsonParser parser;
        private final List<Object> at = new ArrayList<>();
        private int values;

        /** $.assessments[0].answers[3].value */
        String path() {
            StringBuilder path = new StringBuilder("$");
            for (Object step : at) {
                if (step instanceof Integer i) {
                    path.append('[').append(i).append(']');
                } else {
                    String name = (String) step;
                    path.append(
                            name.matches("[A-Za-z_][A-Za-z0-9_]*")
                                    ? "." + name
                                    : "['" + (name.length() > 40 ? name.substring(0, 40) + "\u2026" : name) + "']");
                }
            }
            return path.toString();
        }

        private Refused refused(String message) {
            return new Refused(path(), capitalised(message));
        }

        JsonNode value(JsonToken token) throws IOException {
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                throw refused("the value is a YAML alias (*" + parser.getText() + "); write the value out in full "
                        + "instead, as Risk Atlas files do.");
            }
            if (++values > ImportLimits.MAX_VALUES) {
                throw refused("the file holds more than " + ImportLimits.count(ImportLimits.MAX_VALUES)
                        + " values, far more than any file the workbench writes; it is not one.");
            }
            switch (token) {
                case START_OBJECT:
                    return object();
                case START_ARRAY:
                    return array();
                case VALUE_STRING: {
                    String text = parser.getText();
                    if (text.length() > ImportLimits.MAX_STRING) {
                        throw refused(tooLongText());
                    }
                    String bad = badCharacter(text);
                    if (bad != null) {
                        throw refused(bad);
                    }
                    return NODES.textNode(text);
                }
                case VALUE_NUMBER_INT:
                case VALUE_NUMBER_FLOAT:
                    return number(token);
                case VALUE_TRUE:
                    return NODES.booleanNode(true);
                case VALUE_FALSE:
                    return NODES.booleanNode(false);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    throw refused("the file is not valid JSON here; it may be damaged.");
            }
        }

        private JsonNode number(JsonToken token) throws IOException {
            if (parser.getText().length() > ImportLimits.MAX_NUMBER_CHARS) {
                throw refused(tooLongNumber());
            }
            if (token == JsonToken.VALUE_NUMBER_FLOAT) {
                return NODES.numberNode(parser.getDecimalValue());
            }
            return switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
        }

        private void enter(Object step) {
            at.add(step);
        }

        private void leave() {
            at.remove(at.size() - 1);
        }

        private int depth() {
            return parser.getParsingContext().getNestingDepth();
        }

        private ObjectNode object() throws IOException {
            if (depth() > ImportLimits.MAX_DEPTH) {
                throw refused(tooDeep());
            }
            ObjectNode node = NODES.objectNode();
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                enter(name);
                String bad = badCharacter(name);
                if (bad != null) {
                    throw refused("the field name: " + bad);
                }
                if (node.has(name)) {
                    throw refused("the field \"" + name + "\" appears twice in the same object; keep one of them.");
                }
                node.set(name, value(parser.nextToken()));
                leave();
            }
            if (token != JsonToken.END_OBJECT) {
                throw refused("the file is not valid JSON here; it may be damaged.");
            }
            return node;
        }

        private ArrayNode array() throws IOException {
            if (depth() > ImportLimits.MAX_DEPTH) {
                throw refused(tooDeep());
            }
            ArrayNode node = NODES.arrayNode();
            JsonToken token;
            int index = 0;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new JsonEOFException(parser, null, "end of input");
                }
                enter(index++);
                node.add(value(token));
                leave();
            }
            return node;
        }
    }
}
