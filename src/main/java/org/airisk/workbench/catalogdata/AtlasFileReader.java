package org.airisk.workbench.catalogdata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.airisk.workbench.catalog.AtlasEntry;
import org.airisk.workbench.catalog.RiskCategory;
import org.airisk.workbench.importfiles.StrictJson;

/**
 * Reads a Risk Atlas Nexus knowledge-graph YAML file (the format of risk_atlas_data.yaml). Either every entry
 * comes back, or the problems, each naming the entry and what is wrong; never a part of the file.
 */
public final class AtlasFileReader {
    private static final String GROUP_PREFIX = "ibm-risk-atlas-";

    /** The entries, or the problems that keep the file from being imported. */
    public record Result(List<AtlasEntry> entries, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** The database's column sizes for an imported risk. */
    public static final int MAX_ID = 200;

    static final int MAX_NAME = 500;
    static final int MAX_GROUP = 200;

    public Result read(String text, Set<String> knownGroups) {
        StrictJson.Parsed parsed = StrictJson.readYaml(text);
        if (!parsed.ok()) {
            return failed(parsed.path().equals("$") ? parsed.problem() : parsed.path() + ": " + parsed.problem());
        }
        JsonNode root = parsed.root();
        if (root == null || !root.isObject() || !root.path("entries").isArray()) {
            return failed("This is not a Risk Atlas knowledge-graph file: it has no list of 'entries'.");
        }
        Set<String> groups = new HashSet<>(knownGroups);
        for (JsonNode group : root.path("groups")) {
            groups.add(groupId(group.path("id").asText()));
        }
        List<AtlasEntry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int index = 0;
        for (JsonNode node : root.path("entries")) {
            index++;
            AtlasEntry entry = readEntry(node, index, groups, seen, problems);
            if (entry != null) {
                entries.add(entry);
            }
        }
        if (problems.isEmpty() && entries.isEmpty()) {
            problems.add("The file holds no AI Risk Atlas risks (no entry id starts with 'atlas-').");
        }
        // One line each, however built: ids and names quoted from the file may hold line breaks.
        return problems.isEmpty()
                ? new Result(List.copyOf(entries), List.of())
                : new Result(
                        List.of(),
                        problems.stream()
                                .map(p -> p.replaceAll("\\s*\\R\\s*", " "))
                                .toList());
    }

    /** One entry, or null when it is not an Atlas risk or has problems (added to problems). */
    private static AtlasEntry readEntry(
            JsonNode node, int index, Set<String> groups, Set<String> seen, List<String> problems) {
        String where = "entry " + index;
        if (!node.isObject()) {
            problems.add(where + ": is not a mapping of fields");
            return null;
        }
        String id = text(node, "id");
        if (id.isEmpty()) {
            problems.add(where + ": has no 'id'");
            return null;
        }
        if (id.length() > MAX_ID) {
            problems.add(where + ": the id is longer than " + MAX_ID + " characters, the most the workbench keeps");
            return null;
        }
        where = "entry " + index + " (" + id + ")";
        if (!id.toLowerCase(Locale.ROOT).startsWith("atlas-")) {
            // Other taxonomies' entries (e.g. NIST, OWASP) share the format; they are not Atlas risks.
            return null;
        }
        if (!seen.add(id.toLowerCase(Locale.ROOT))) {
            problems.add(where + ": appears twice");
        }
        String name = name(node, where, problems);
        Optional<RiskCategory> category = category(node, where, problems);
        String group = group(node, where, groups, problems);
        List<String> descriptors = descriptors(node, where, problems);
        return category.isPresent() && !name.isEmpty()
                ? new AtlasEntry(id, name, category.get(), group, descriptors, text(node, "description"))
                : null;
    }

    private static String name(JsonNode node, String where, List<String> problems) {
        String name = text(node, "name");
        if (name.isEmpty()) {
            problems.add(where + ": has no 'name' text");
        } else if (name.length() > MAX_NAME) {
            problems.add(
                    where + ": the name is longer than " + MAX_NAME + " characters, the most the workbench " + "keeps");
        }
        return name;
    }

    private static Optional<RiskCategory> category(JsonNode node, String where, List<String> problems) {
        JsonNode riskType = node.get("risk_type");
        Optional<RiskCategory> category =
                riskType != null && riskType.isTextual() ? RiskCategory.fromId(riskType.asText()) : Optional.empty();
        if (category.isEmpty()) {
            problems.add(where + ": 'risk_type' must be one of training-data, inference, output, "
                    + "non-technical, agentic, not " + (riskType == null ? "missing" : shown(riskType)));
        }
        return category;
    }

    private static String group(JsonNode node, String where, Set<String> groups, List<String> problems) {
        String group = groupId(text(node, "isPartOf"));
        if (group.length() > MAX_GROUP) {
            problems.add(where + ": the group is longer than " + MAX_GROUP + " characters, the most the "
                    + "workbench keeps");
        } else if (group.isEmpty() || !groups.contains(group)) {
            problems.add(where + ": names unknown group '" + text(node, "isPartOf") + "'");
        }
        return group;
    }

    private static List<String> descriptors(JsonNode node, String where, List<String> problems) {
        List<String> descriptors = new ArrayList<>();
        JsonNode descriptorNode = node.path("descriptor");
        if (!descriptorNode.isMissingNode() && !descriptorNode.isArray()) {
            problems.add(where + ": 'descriptor' must be a list");
        }
        descriptorNode.forEach(d -> descriptors.add(d.asText()));
        return descriptors;
    }

    private static String shown(JsonNode node) {
        String text = node.isTextual()
                ? "'" + node.asText() + "'"
                : node.isContainerNode() ? "a list or mapping" : node.asText();
        return text.length() > 60 ? text.substring(0, 57) + "\u2026" : text;
    }

    private static Result failed(String problem) {
        return new Result(List.of(), List.of(problem));
    }

    private static String groupId(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        return lower.startsWith(GROUP_PREFIX) ? lower.substring(GROUP_PREFIX.length()) : lower;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText().strip() : "";
    }
}
