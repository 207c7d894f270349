package org.airisk.workbench.catalogdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * The AI Risk Atlas Nexus reference data beside the project (../shared/reference/risk-atlas-nexus), read at test
 * time; absent on machines without it, where the tests that need it are skipped with a message.
 */
final class AtlasReference {
    static final Path DATA = Path.of("..", "shared", "reference", "risk-atlas-nexus", "src", "ai_atlas_nexus", "data")
            .toAbsolutePath()
            .normalize();

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private AtlasReference() {}

    static Optional<Path> folder() {
        return Files.isDirectory(DATA) ? Optional.of(DATA) : Optional.empty();
    }

    /**
     * Skips the calling test when the reference data is absent, and says so on the build's output (a skipped count
     * alone is easy to miss): such a run has not checked the catalog against the Atlas.
     */
    static void require(String test) {
        if (folder().isEmpty()) {
            String message = "SKIPPED " + test + ": the AI Risk Atlas reference data is not at " + DATA
                    + ", so the catalog was not checked against it";
            System.out.println("[WARNING] " + message);
            Assumptions.abort(message);
        }
    }

    static JsonNode yaml(String name) throws IOException {
        return YAML.readTree(DATA.resolve("knowledge_graph").resolve(name).toFile());
    }

    /** Rows of an SSSOM mapping table as column arrays, without its # metadata and header. */
    static List<String[]> mapping(String name) throws IOException {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(DATA.resolve("mappings").resolve(name))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            rows.add(line.split("\t", -1));
        }
        return rows;
    }

    /** "owasp-llm-2.0:llm01-prompt-injection" as "llm01-prompt-injection". */
    static String local(String curie) {
        int colon = curie.indexOf(':');
        return colon < 0 ? curie : curie.substring(colon + 1);
    }
}
