package org.airisk.workbench.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.evidence.Evidence;
import org.airisk.workbench.evidence.EvidenceAnchor;
import org.airisk.workbench.evidence.EvidenceFiles;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.junit.jupiter.api.Test;

class EvidenceViewModelTest {
    private static final UUID ASSESSMENT = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-11-25T10:00:00Z");

    /** Files in memory: what the view model asks of the library, and nothing more. */
    private static final class FakeFiles implements EvidenceFiles {
        final Map<UUID, Evidence> kept = new LinkedHashMap<>();
        final List<UUID> removed = new ArrayList<>();
        final List<Path> copies = new ArrayList<>();

        @Override
        public Evidence attach(UUID assessment, EvidenceAnchor anchor, Path file, String addedBy) {
            String name = file.getFileName().toString();
            if (name.startsWith("huge")) {
                throw new StorageException(Evidence.problem(name, Evidence.MAX_BYTES + 1));
            }
            Evidence e = new Evidence(UUID.randomUUID(), assessment, anchor, name, 1234, "ab".repeat(32), AT, addedBy);
            kept.put(e.id(), e);
            return e;
        }

        @Override
        public List<Evidence> list(UUID assessment) {
            return kept.values().stream().filter(e -> !removed.contains(e.id())).toList();
        }

        @Override
        public void saveCopy(UUID evidence, Path target) {
            copies.add(target);
        }

        @Override
        public void remove(UUID evidence) {
            removed.add(evidence);
        }

        @Override
        public void restore(UUID evidence) {
            removed.remove(evidence);
        }
    }

    private final FakeFiles files = new FakeFiles();
    private final List<EvidenceViewModel.Target> targets = List.of(
            new EvidenceViewModel.Target(EvidenceAnchor.WHOLE_ASSESSMENT, "The whole assessment"),
            new EvidenceViewModel.Target(EvidenceAnchor.risk("atlas-hallucination"), "Risk: Hallucination"));
    private final EvidenceViewModel model = new EvidenceViewModel(
            ASSESSMENT,
            files,
            new ImmediateBackgroundWork(),
            targets,
            () -> "Ann Assessor",
            new UserFormats(Locale.UK, ZoneOffset.UTC));

    @Test
    void anEmptyListSaysWhatEvidenceIsFor() {
        model.load();
        assertEquals(List.of(), model.rows());
        assertTrue(
                model.messageProperty().get().startsWith("No evidence yet."),
                model.messageProperty().get());
    }

    @Test
    void attachingToTheChosenTargetListsTheFileWithWhatItSupportsAndWho() {
        model.attachToProperty().set(targets.get(1));
        model.attach(Path.of("red-team-results.pdf"));
        assertEquals(1, model.rows().size());
        EvidenceViewModel.Row row = model.rows().get(0);
        assertEquals("Risk: Hallucination", row.supports());
        assertEquals(EvidenceAnchor.risk("atlas-hallucination"), row.evidence().anchor());
        assertEquals("Ann Assessor", row.evidence().addedBy());
        assertTrue(row.added().endsWith(", Ann Assessor"), row.added());
        assertEquals(
                "Attached \u201cred-team-results.pdf\u201d (1 KB, SHA-256 abababababab\u2026).",
                model.messageProperty().get());
    }

    @Test
    void aRefusedFileIsExplainedAndNothingIsListed() {
        model.attach(Path.of("huge-dump.bin"));
        assertEquals(List.of(), model.rows());
        assertTrue(
                model.messageProperty().get().contains("over the 20 MB"),
                model.messageProperty().get());
        assertTrue(!model.busyProperty().get(), "ready again");
    }

    @Test
    void removingCanBeUndone() {
        model.attach(Path.of("policy.pdf"));
        EvidenceViewModel.Row row = model.rows().get(0);
        model.remove(row);
        assertEquals(List.of(), model.rows());
        assertEquals(row.evidence(), model.lastRemovedProperty().get());
        assertEquals(
                "Removed \u201cpolicy.pdf\u201d. Undo puts it back.",
                model.messageProperty().get());
        model.undoRemove();
        assertEquals(
                List.of(row.evidence()),
                model.rows().stream().map(EvidenceViewModel.Row::evidence).toList());
        assertNull(model.lastRemovedProperty().get());
    }

    @Test
    void aSavedCopyGoesWhereTheAssessorChose() {
        model.attach(Path.of("model-card.md"));
        model.saveCopy(model.rows().get(0), Path.of("/tmp/out/model-card.md"));
        assertEquals(List.of(Path.of("/tmp/out/model-card.md")), files.copies);
        assertTrue(
                model.messageProperty().get().contains("its SHA-256 matches"),
                model.messageProperty().get());
    }
}
