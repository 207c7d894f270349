package org.airisk.workbench.catalogdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.airisk.workbench.catalog.Baseline;
import org.airisk.workbench.catalog.FrameworkReferences;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.catalog.Pillar;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.catalog.RiskCategory;
import org.airisk.workbench.catalog.RiskOrigin;

/** Reads the built-in risk catalog and mitigation library from the app's resources. */
public final class CatalogReader {
    static final String FOLDER = "/catalog/";

    private final ObjectMapper mapper = new ObjectMapper();

    /** @throws IllegalStateException naming the file and entry when the shipped data is broken */
    public RiskCatalog readBuiltIn() {
        JsonNode references = read(FOLDER + "framework-references.json");
        JsonNode curated = read(FOLDER + "framework-references-curated.json");
        List<Risk> risks = new ArrayList<>();
        for (RiskCategory category : RiskCategory.values()) {
            String file = FOLDER + "risks/" + category.id() + ".json";
            for (JsonNode node : read(file)) {
                String id = node.path("id").asText().toLowerCase(Locale.ROOT);
                risks.add(risk(node, file, merged(references.path(id), curated.path(id))));
            }
        }
        List<Mitigation> mitigations = new ArrayList<>();
        String file = FOLDER + "mitigations.json";
        for (JsonNode node : read(file)) {
            mitigations.add(mitigation(node, file));
        }
        Map<String, String> names = new LinkedHashMap<>();
        read(FOLDER + "framework-names.json")
                .fields()
                .forEachRemaining(e -> names.put(e.getKey(), e.getValue().asText()));
        try {
            return new RiskCatalog(risks, mitigations, names);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The built-in catalog is inconsistent: " + e.getMessage(), e);
        }
    }

    private JsonNode read(String path) {
        try (InputStream in = CatalogReader.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The application is missing its resource " + path);
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("The resource " + path + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    static Risk risk(JsonNode node, String file, JsonNode references) {
        String id = node.path("id").asText();
        try {
            Set<Pillar> pillars = EnumSet.noneOf(Pillar.class);
            for (JsonNode p : node.path("pillars")) {
                pillars.add(Pillar.fromId(p.asText()).orElseThrow(() -> new IllegalArgumentException("pillar " + p)));
            }
            return new Risk(
                    id,
                    node.path("name").asText(),
                    RiskCategory.fromId(node.path("category").asText())
                            .orElseThrow(() -> new IllegalArgumentException("category " + node.path("category"))),
                    node.path("group").asText().toLowerCase(Locale.ROOT),
                    RiskOrigin.fromId(node.path("origin").asText())
                            .orElseThrow(() -> new IllegalArgumentException("origin " + node.path("origin"))),
                    pillars,
                    node.path("description").asText(),
                    node.path("example").asText(),
                    strings(node.path("harms")),
                    references(references),
                    baseline(node.path("baseline")));
        } catch (RuntimeException e) {
            throw new IllegalStateException(file + ", risk " + id + ": " + e.getMessage(), e);
        }
    }

    /** Every built-in risk carries its own rating: a missing or impossible one is a broken catalog. */
    static Baseline baseline(JsonNode node) {
        if (!node.path("likelihood").canConvertToInt() || !node.path("impact").canConvertToInt()) {
            throw new IllegalArgumentException("baseline needs whole-number 'likelihood' and 'impact'");
        }
        return new Baseline(
                node.path("likelihood").asInt(),
                node.path("impact").asInt(),
                node.path("reason").asText(""));
    }

    /** The reference mappings plus our curated additions, without duplicates. */
    static JsonNode merged(JsonNode mapped, JsonNode curated) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        for (String key : List.of("nist", "owaspLlm", "owaspAsi", "mit", "euAiAct")) {
            LinkedHashSet<String> values = new LinkedHashSet<>();
            mapped.path(key).forEach(v -> values.add(v.asText()));
            curated.path(key).forEach(v -> values.add(v.asText()));
            ArrayNode array = result.putArray(key);
            values.forEach(array::add);
        }
        return result;
    }

    static FrameworkReferences references(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return FrameworkReferences.NONE;
        }
        return new FrameworkReferences(
                strings(node.path("nist")),
                strings(node.path("owaspLlm")),
                strings(node.path("owaspAsi")),
                strings(node.path("mit")),
                strings(node.path("euAiAct")));
    }

    static Mitigation mitigation(JsonNode node, String file) {
        String id = node.path("id").asText();
        try {
            return new Mitigation(
                    id,
                    node.path("title").asText(),
                    node.path("summary").asText(),
                    strings(node.path("steps")),
                    Mitigation.Type.valueOf(node.path("type").asText().toUpperCase(Locale.ROOT)),
                    Mitigation.Stage.valueOf(node.path("stage").asText().toUpperCase(Locale.ROOT)),
                    Mitigation.Effort.valueOf(node.path("effort").asText().toUpperCase(Locale.ROOT)),
                    node.path("reducesLikelihood").asInt(),
                    node.path("reducesImpact").asInt(),
                    strings(node.path("risks")),
                    strings(node.path("nistActions")));
        } catch (RuntimeException e) {
            throw new IllegalStateException(file + ", mitigation " + id + ": " + e.getMessage(), e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> result = new ArrayList<>();
        array.forEach(n -> result.add(n.asText()));
        return result;
    }
}
