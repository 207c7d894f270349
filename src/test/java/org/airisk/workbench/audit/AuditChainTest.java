package org.airisk.workbench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static final UUID ASSESSMENT = UUID.fromString("00000000-0000-0000-0000-000000000001");

    /** Five entries chained as the store writes them, and the head it keeps. */
    private static List<AuditEntry> chain(int size) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditHead head = AuditHead.EMPTY;
        for (int i = 1; i <= size; i++) {
            AuditEntry e = AuditEntry.next(
                    head,
                    new AuditEvent(ASSESSMENT, AuditKind.ANSWER, "q" + i, "before " + i, "after " + i),
                    TestClock.NOW.plus(Duration.ofMinutes(i)),
                    "Ada");
            entries.add(e);
            head = head.next(e);
        }
        return entries;
    }

    private static AuditHead headOf(List<AuditEntry> entries) {
        AuditEntry last = entries.get(entries.size() - 1);
        return new AuditHead(last.sequence(), last.hash());
    }

    private static AuditEntry withAfter(AuditEntry e, String after) {
        return new AuditEntry(
                e.assessment(),
                e.sequence(),
                e.time(),
                e.user(),
                e.kind(),
                e.subject(),
                e.before(),
                after,
                e.previous(),
                e.hash());
    }

    @Test
    void aChainAsWrittenIsIntact() {
        List<AuditEntry> entries = chain(5);
        assertNull(entries.get(0).previous());
        assertEquals(entries.get(0).hash(), entries.get(1).previous());
        assertEquals(64, entries.get(4).hash().length());
        ChainCheck check = AuditChain.check(entries, headOf(entries));
        assertTrue(check.intact());
        assertEquals("Chain intact (5 entries).", check.sentence());
        assertEquals(
                "Chain intact (0 entries).",
                AuditChain.check(List.of(), AuditHead.EMPTY).sentence());
    }

    @Test
    void anEditedValueIsNamedByItsNumber() {
        List<AuditEntry> entries = new ArrayList<>(chain(5));
        entries.set(2, withAfter(entries.get(2), "after 3, quietly improved"));
        ChainCheck check = AuditChain.check(entries, headOf(entries));
        assertFalse(check.intact());
        assertEquals(3, check.brokenAt());
        assertEquals("The audit trail is broken: entry 3 was changed after it was written.", check.sentence());
    }

    @Test
    void anEntryRehashedAfterEditingBreaksTheLinkOfTheNext() {
        List<AuditEntry> entries = new ArrayList<>(chain(5));
        AuditEntry edited = withAfter(entries.get(1), "other");
        entries.set(
                1,
                new AuditEntry(
                        edited.assessment(),
                        edited.sequence(),
                        edited.time(),
                        edited.user(),
                        edited.kind(),
                        edited.subject(),
                        edited.before(),
                        edited.after(),
                        edited.previous(),
                        edited.computedHash()));
        ChainCheck check = AuditChain.check(entries, headOf(entries));
        assertEquals(3, check.brokenAt(), check.sentence());
        assertTrue(check.sentence().contains("entry 3 does not follow the one before it"), check.sentence());
    }

    @Test
    void aRemovedMiddleEntryIsNamed() {
        List<AuditEntry> entries = new ArrayList<>(chain(5));
        AuditHead head = headOf(entries);
        entries.remove(1);
        ChainCheck check = AuditChain.check(entries, head);
        assertEquals("The audit trail is broken: entry 2 was removed after it was written.", check.sentence());
    }

    @Test
    void removedNewestEntriesAreSeenOnlyAgainstTheHead() {
        List<AuditEntry> entries = new ArrayList<>(chain(5));
        AuditHead head = headOf(entries);
        entries.remove(4);
        assertTrue(AuditChain.check(entries).intact(), "the entries alone cannot tell");
        assertEquals(
                "The audit trail is broken: entry 5, the newest, was removed after it was written.",
                AuditChain.check(entries, head).sentence());
        entries.remove(3);
        assertEquals(
                "The audit trail is broken: entries 4 to 5, the newest, were removed after they were written.",
                AuditChain.check(entries, head).sentence());
    }

    @Test
    void aNewestEntryReplacedWithAnotherValidOneDoesNotMatchTheHead() {
        List<AuditEntry> entries = new ArrayList<>(chain(3));
        AuditHead head = headOf(entries);
        AuditEntry forged = AuditEntry.next(
                new AuditHead(2, entries.get(1).hash()),
                new AuditEvent(ASSESSMENT, AuditKind.NOTE, "q3", null, "forged"),
                TestClock.NOW,
                "Mallory");
        entries.set(2, forged);
        assertTrue(AuditChain.check(entries).intact(), "well formed on its own");
        assertFalse(AuditChain.check(entries, head).intact());
    }

    @Test
    void textCannotMoveAcrossAFieldBoundaryUnseen() {
        AuditEntry a = AuditEntry.next(
                AuditHead.EMPTY,
                new AuditEvent(ASSESSMENT, AuditKind.NOTE, "q", "x\nafter:1:y", null),
                TestClock.NOW,
                "Ada");
        AuditEntry b = AuditEntry.next(
                AuditHead.EMPTY, new AuditEvent(ASSESSMENT, AuditKind.NOTE, "q", "x", "y"), TestClock.NOW, "Ada");
        assertNotEquals(a.hash(), b.hash());
        AuditEntry empty = AuditEntry.next(
                AuditHead.EMPTY, new AuditEvent(ASSESSMENT, AuditKind.NOTE, "q", "", null), TestClock.NOW, "Ada");
        AuditEntry none = AuditEntry.next(
                AuditHead.EMPTY, new AuditEvent(ASSESSMENT, AuditKind.NOTE, "q", null, ""), TestClock.NOW, "Ada");
        assertNotEquals(empty.hash(), none.hash(), "an empty value is not a missing one");
    }

    @Test
    void theHashIsOfTheDocumentedCanonicalText() throws Exception {
        AuditEntry e = AuditEntry.next(
                AuditHead.EMPTY,
                new AuditEvent(ASSESSMENT, AuditKind.RENAMED, "", "Old", "New ✓"),
                TestClock.NOW.plusNanos(123_456_789),
                "Ada Lovelace");
        assertEquals(
                "airisk-audit-1\nsequence:1\ntime:2026-11-25T10:00:00.123Z\nuser:12:Ada Lovelace\n"
                        + "kind:RENAMED\nsubject:0:\nbefore:3:Old\nafter:5:New ✓\nprevious:-\n",
                e.canonicalText());
        byte[] digest =
                MessageDigest.getInstance("SHA-256").digest(e.canonicalText().getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(digest), e.hash());
        AuditEntry moved = new AuditEntry(
                UUID.randomUUID(),
                e.sequence(),
                e.time(),
                e.user(),
                e.kind(),
                e.subject(),
                e.before(),
                e.after(),
                e.previous(),
                e.hash());
        assertEquals(e.hash(), moved.computedHash(), "the assessment id is outside the hash (ADR 0017)");
    }
}
