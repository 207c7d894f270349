package org.airisk.workbench.catalogdata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.airisk.workbench.catalog.AtlasImportPlan;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.store.JdbcImportedRisks;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AtlasImporterTest {
    private static final String NEW_RISK = """
            groups:
              - id: ibm-risk-atlas-robustness
                name: Robustness
            entries:
              - id: atlas-test-new-risk
                name: Test new risk
                description: Added by the test.
                isPartOf: ibm-risk-atlas-robustness
                risk_type: inference
                descriptor:
                  - specific to generative AI
              - id: atlas-data-bias
                name: Data bias renamed
                isPartOf: ibm-risk-atlas-fairness
                risk_type: training-data
                descriptor:
                  - amplified by generative AI
              - id: nist-something-else
                name: Not an atlas risk, ignored
            """;

    @TempDir
    Path folder;

    private WorkbenchDatabase database;
    private JdbcImportedRisks store;
    private AtlasImporter importer;
    private RiskCatalog catalog;

    @BeforeEach
    void setUp() {
        database = WorkbenchDatabase.open(folder.resolve("data"));
        store = new JdbcImportedRisks(database, TestClock.FIXED);
        importer = new AtlasImporter(store);
        catalog = new CatalogReader().readBuiltIn();
    }

    @AfterEach
    void tearDown() {
        database.close();
    }

    @Test
    void theRealAtlasFileChangesNothingInOurCatalog() {
        AtlasReference.require("AtlasImporterTest");
        AtlasImporter.Preview preview =
                importer.preview(AtlasReference.DATA.resolve("knowledge_graph/risk_atlas_data.yaml"), catalog);
        assertEquals(List.of(), preview.problems());
        assertEquals(List.of(), preview.plan().added());
        assertEquals(
                List.of(),
                preview.plan().updated().stream()
                        .map(c -> c.before().id() + " " + c.differences())
                        .toList());
        assertEquals(99, preview.plan().unchanged());
    }

    @Test
    void addsNewRisksAndUpdatesChangedFactsAndRemembersThem() throws Exception {
        Path file = folder.resolve("extra.yaml");
        Files.writeString(file, NEW_RISK);
        AtlasImporter.Preview preview = importer.preview(file, catalog);
        assertTrue(preview.ok(), preview.problems()::toString);
        AtlasImportPlan plan = preview.plan();
        assertEquals("1 risk added, 1 updated, 0 unchanged.", plan.summary());
        assertEquals(
                List.of("name 'Data bias' \u2192 'Data bias renamed'"),
                plan.updated().get(0).differences());

        RiskCatalog after = importer.apply(plan, catalog);
        assertEquals(
                "Test new risk", after.risk("atlas-test-new-risk").orElseThrow().name());
        assertEquals(
                "Data bias renamed", after.risk("atlas-data-bias").orElseThrow().name());
        assertEquals(
                catalog.risk("atlas-data-bias").orElseThrow().description(),
                after.risk("atlas-data-bias").orElseThrow().description(),
                "our description stays");
        assertEquals(catalog.mitigationsFor("atlas-data-bias"), after.mitigationsFor("atlas-data-bias"));

        RiskCatalog reopened = catalog.withImported(store.all());
        assertEquals(100, reopened.risks().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            truncated        | truncate     | not valid YAML
            wrong types      | risk_type    | 'risk_type' must be one of
            unknown group    | group        | unknown group
            foreign file     | foreign      | not a Risk Atlas knowledge-graph file
            """)
    void brokenFilesAreRefusedWholeAndNothingIsWritten(String name, String breakage, String message) throws Exception {
        String good = AtlasReference.folder().isPresent()
                ? Files.readString(AtlasReference.DATA.resolve("knowledge_graph/risk_atlas_data.yaml"))
                : NEW_RISK;
        String broken = switch (breakage) {
            case "truncate" ->
                good.substring(0, good.indexOf("entries:")) + "entries:\n  - id: atlas-x\n    name: [unclosed";
            case "risk_type" -> good.replaceFirst("risk_type: inference", "risk_type: 5");
            case "group" ->
                good.replaceFirst("isPartOf: ibm-risk-atlas-robustness", "isPartOf: ibm-risk-atlas-nonsense");
            default -> "title: a shopping list\nitems:\n  - milk\n";
        };
        Path file = folder.resolve("broken.yaml");
        Files.writeString(file, broken);
        AtlasImporter.Preview preview = importer.preview(file, catalog);
        assertFalse(preview.ok());
        assertTrue(preview.problems().stream().anyMatch(p -> p.contains(message)), preview.problems()::toString);
        assertEquals(List.of(), store.all(), "nothing imported");
    }
}
