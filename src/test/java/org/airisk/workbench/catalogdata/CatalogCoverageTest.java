package org.airisk.workbench.catalogdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.airisk.workbench.catalog.AtlasImportPlan;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.questionnaire.AnswerEffect;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The knowledge base against the AI Risk Atlas: every risk described, asked about and mitigated. */
class CatalogCoverageTest {
    private static RiskCatalog catalog;
    private static TemplateLibrary templates;

    @BeforeAll
    static void load() {
        catalog = new CatalogReader().readBuiltIn();
        templates = TemplateLibrary.load(null);
    }

    private static void requireReference() {
        AtlasReference.require("CatalogCoverageTest");
    }

    private static Set<String> informedRisks() {
        Set<String> informed = new HashSet<>();
        for (QuestionnaireTemplate t : templates.offered()) {
            t.questions().forEach(q -> q.informedRisks().forEach(r -> informed.add(r.toLowerCase(Locale.ROOT))));
        }
        return informed;
    }

    /**
     * Atlas names we deliberately do not take over, with the name we use: the non-agentic risk below carries the
     * name of its agentic variant in the Atlas data, which would tell an assessor it is about agents.
     */
    private static final Map<String, String> NAMES_CORRECTED =
            Map.of("atlas-impact-on-human-agency", "Impact on human agency");

    @Test
    void everyAtlasRiskIsInTheCatalogUnderItsAtlasName() throws Exception {
        requireReference();
        JsonNode entries = AtlasReference.yaml("risk_atlas_data.yaml").path("entries");
        List<String> problems = new ArrayList<>();
        for (JsonNode entry : entries) {
            String id = entry.path("id").asText();
            var risk = catalog.risk(id);
            if (risk.isEmpty()) {
                problems.add(id + ": no catalog entry");
            } else if (!risk.get()
                            .name()
                            .equals(NAMES_CORRECTED.getOrDefault(
                                    id, entry.path("name").asText()))
                    || !entry.path("name")
                            .asText()
                            .equals(AtlasImportPlan.KNOWN_NAME_SLIPS.getOrDefault(
                                    id, entry.path("name").asText()))) {
                problems.add(id + ": catalog name '" + risk.get().name() + "' differs from Atlas name '"
                        + entry.path("name").asText() + "'");
            } else if (!risk.get()
                    .category()
                    .id()
                    .equals(entry.path("risk_type").asText())) {
                problems.add(id + ": category differs from the Atlas risk_type");
            }
        }
        assertEquals(99, entries.size());
        assertEquals(List.of(), problems);
        assertEquals(99, catalog.risks().size());
    }

    @Test
    void everyAtlasRiskIsAskedAboutAndHasTwoMitigations() throws Exception {
        requireReference();
        Set<String> informed = informedRisks();
        List<String> problems = new ArrayList<>();
        for (JsonNode entry : AtlasReference.yaml("risk_atlas_data.yaml").path("entries")) {
            String id = entry.path("id").asText().toLowerCase(Locale.ROOT);
            if (!informed.contains(id)) {
                problems.add(id + ": no question informs it");
            }
            if (catalog.mitigationsFor(id).size() < 2) {
                problems.add(id + ": only " + catalog.mitigationsFor(id).size() + " mitigations");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyOwaspItemReachesACatalogRisk() throws Exception {
        requireReference();
        Set<String> llmReferenced = catalog.risks().stream()
                .flatMap(r -> r.references().owaspLlm().stream())
                .collect(Collectors.toSet());
        Set<String> asiReferenced = catalog.risks().stream()
                .flatMap(r -> r.references().owaspAsi().stream())
                .map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (JsonNode entry : AtlasReference.yaml("owasp_llm_2.0_data.yaml").path("entries")) {
            String id = entry.path("id").asText();
            if (!llmReferenced.contains(id)) {
                missing.add("OWASP LLM " + id);
            }
        }
        for (JsonNode entry : AtlasReference.yaml("owasp_asi_data.yaml").path("entries")) {
            String id = entry.path("id").asText().toLowerCase(Locale.ROOT);
            if (asiReferenced.stream().noneMatch(a -> id.startsWith(a) || a.startsWith(id))) {
                missing.add("OWASP ASI " + id);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyNistActionNamedByAMitigationExists() throws Exception {
        requireReference();
        Set<String> actions = new HashSet<>();
        AtlasReference.yaml("nist_ai_rmf_actions_data.yaml")
                .path("actions")
                .forEach(a -> actions.add(a.path("id").asText()));
        List<String> unknown = catalog.mitigations().stream()
                .flatMap(m -> m.nistActions().stream()
                        .filter(a -> !actions.contains(a))
                        .map(a -> m.id() + " -> " + a))
                .toList();
        assertEquals(List.of(), unknown);
    }

    @Test
    void everyMitigationIsCompleteAndTheLibraryLargeEnough() {
        assertTrue(catalog.mitigations().size() >= 80, "at least 80 mitigations");
        for (Mitigation m : catalog.mitigations()) {
            assertTrue(
                    !m.title().isBlank() && m.steps().size() >= 2 && !m.risks().isEmpty(), m.id());
        }
        for (Risk r : catalog.risks()) {
            assertTrue(
                    !r.description().isBlank()
                            && !r.example().isBlank()
                            && !r.pillars().isEmpty(),
                    r.id());
        }
    }

    @Test
    void everyBuiltInTemplateLoadsAndItsEffectsNameRealRisksAndMitigations() {
        assertEquals(List.of(), templates.problems());
        List<String> problems = new ArrayList<>();
        for (QuestionnaireTemplate t : templates.offered()) {
            t.questions().forEach(q -> {
                q.informs().stream()
                        .filter(r -> !catalog.hasRisk(r))
                        .forEach(r -> problems.add(t.id() + "/" + q.id() + " informs unknown risk " + r));
                for (AnswerEffect e : q.effects()) {
                    if (!catalog.hasRisk(e.risk())) {
                        problems.add(t.id() + "/" + q.id() + " has an effect on unknown risk " + e.risk());
                    }
                    if (e.kind() == AnswerEffect.Kind.CONTROL
                            && catalog.mitigation(e.mitigation()).isEmpty()) {
                        problems.add(t.id() + "/" + q.id() + " names unknown mitigation " + e.mitigation());
                    }
                }
            });
        }
        assertEquals(List.of(), problems);
    }
}
