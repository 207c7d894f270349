package org.airisk.workbench.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.airisk.workbench.audit.AuditEntry;
import org.airisk.workbench.audit.AuditEvent;
import org.airisk.workbench.audit.AuditHead;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.audit.StoredTrail;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;

class AuditTrailViewModelTest {
    private static final UUID ID = UUID.randomUUID();
    private final AuditTrailViewModel model = new AuditTrailViewModel(new UserFormats(Locale.UK, ZoneOffset.UTC));

    private static StoredTrail trail(Object[][] changes) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditHead head = AuditHead.EMPTY;
        for (Object[] c : changes) {
            AuditEntry e = AuditEntry.next(
                    head,
                    new AuditEvent(ID, (AuditKind) c[1], (String) c[2], (String) c[3], (String) c[4]),
                    TestClock.NOW.plus(Duration.ofMinutes(entries.size())),
                    (String) c[0]);
            entries.add(e);
            head = head.next(e);
        }
        return new StoredTrail(entries, head);
    }

    private final StoredTrail sample = trail(new Object[][] {
        {"Ada", AuditKind.CREATED, "", null, "Support bot"},
        {"Ada", AuditKind.ANSWER, "q1", null, "yes"},
        {"Bo", AuditKind.ANSWER, "q1", "yes", "no"},
        {"Bo", AuditKind.NOTE, "q2", null, "The vendor's model card says so."},
        {"Ada", AuditKind.OVERRIDE, "risk-a", null, "Likelihood 4, impact 3: pilot"},
    });

    private List<Integer> shown() {
        return model.rows().stream().map(r -> r.entry().sequence()).toList();
    }

    @Test
    void showsNewestFirstWithTheChainLine() {
        model.show(sample);
        assertEquals(List.of(5, 4, 3, 2, 1), shown());
        assertEquals("Chain intact (5 entries).", model.chainProperty().get());
        assertTrue(model.intactProperty().get());
        assertEquals(List.of("Ada", "Bo"), model.users());
        AuditTrailViewModel.Row row = model.rows().get(2);
        assertEquals("25 Nov 2026, 10:02", row.time());
        assertEquals("Answer", row.change());
        assertEquals("yes \u2192 no", row.values());
        assertEquals("(none) \u2192 Support bot", model.rows().get(4).values());
        assertEquals("5 entries", model.countProperty().get());
    }

    @Test
    void filtersByKindUserAndTextTogether() {
        model.show(sample);
        model.kindProperty().set(AuditKind.ANSWER);
        assertEquals(List.of(3, 2), shown());
        model.userProperty().set("Bo");
        assertEquals(List.of(3), shown());
        assertEquals("Showing 1 of 5 entries", model.countProperty().get());
        model.kindProperty().set(null);
        model.userProperty().set(null);
        model.textProperty().set("MODEL CARD");
        assertEquals(List.of(4), shown(), "text is found in values, case aside");
        model.textProperty().set("risk-");
        assertEquals(List.of(5), shown(), "and in subjects");
        model.textProperty().set("ada");
        assertEquals(List.of(5, 2, 1), shown(), "and in names");
        model.textProperty().set("nowhere");
        assertEquals(List.of(), shown());
    }

    @Test
    void aBrokenChainIsSaidAndLongValuesAreCutInTheRowOnly() {
        String note = "x".repeat(5_000);
        StoredTrail t = trail(
                new Object[][] {{"Ada", AuditKind.NOTE, "q", null, note}, {"Ada", AuditKind.NOTE, "q", note, "short"}});
        StoredTrail broken = new StoredTrail(t.entries().subList(0, 1), t.head());
        model.show(broken);
        assertFalse(model.intactProperty().get());
        assertEquals(
                "The audit trail is broken: entry 2, the newest, was removed after it was written.",
                model.chainProperty().get());
        AuditTrailViewModel.Row row = model.rows().get(0);
        assertEquals(
                AuditTrailViewModel.SHOWN + "(none) \u2192 ".length() + 1,
                row.values().length());
        assertTrue(AuditTrailViewModel.details(row).contains(note), "the details hold the whole value");
    }
}
