package org.airisk.workbench.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;

class SignOffTest {
    private static final UUID ID = UUID.fromString("6f1c2a8e-3b7d-4e5f-9a0b-1c2d3e4f5a6b");
    private static final String HASH = "ab".repeat(32);

    private static SignOff signOff(List<String> conditions, String comment) {
        return new SignOff(
                ID,
                2,
                HASH,
                Decision.APPROVED_WITH_CONDITIONS,
                conditions,
                comment,
                "Ada Lovelace",
                "Chair",
                TestClock.NOW,
                null,
                null,
                null);
    }

    @Test
    void theSignedTextHasEveryFieldInAFixedOrder() {
        assertEquals(
                """
                AI Risk Workbench sign-off 1
                assessment: 6f1c2a8e-3b7d-4e5f-9a0b-1c2d3e4f5a6b
                version: 2
                content-hash: %s
                decision: APPROVED_WITH_CONDITIONS
                decided-at: 2026-11-25T10:00:00Z
                reviewer: Ada Lovelace
                role: Chair
                conditions: 2
                condition 1: Log every override
                condition 2: Re-assess in 6 months
                comment: Well argued.\\nThanks \\\\ good work
                """.formatted(HASH),
                signOff(List.of("Log every override", " Re-assess in 6 months "), "Well argued.\nThanks \\ good work")
                        .signedText());
    }

    @Test
    void noValueCanForgeAnotherLine() {
        SignOff sneaky = signOff(List.of("x\ncomment: all fine"), "");
        SignOff plain = signOff(List.of("x", "comment: all fine"), "");
        assertNotEquals(plain.signedText(), sneaky.signedText());
        assertEquals(11, sneaky.signedText().split("\n").length);
        assertTrue(sneaky.signedText().contains("condition 1: x\\ncomment: all fine\n"));
    }

    @Test
    void signatureFieldsAreNotSignedAndTheBytesAreUtf8() {
        SignOff unsigned = signOff(List.of("Lösung"), "");
        SignOff signed = unsigned.signed("Ed25519", "SHA256:abc", "c2ln");
        assertTrue(signed.isSigned());
        assertFalse(unsigned.isSigned());
        assertEquals(unsigned.signedText(), signed.signedText());
        assertEquals(unsigned.signedText(), new String(unsigned.signedBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theDateIsKeptToTheMicrosecondAsTheStoreKeepsIt() {
        SignOff s = new SignOff(
                ID,
                1,
                HASH,
                Decision.APPROVED,
                List.of(),
                "",
                "Ada",
                "",
                Instant.parse("2026-11-25T10:00:00.123456789Z"),
                null,
                null,
                null);
        assertTrue(s.signedText().contains("decided-at: 2026-11-25T10:00:00.123456Z\n"));
    }

    @Test
    void aDecisionNamesWhatIsMissing() {
        assertEquals("", signOff(List.of("c"), "").problem());
        assertTrue(signOff(List.of(), "").problem().startsWith("An approval with conditions needs"));
        SignOff rejected =
                new SignOff(ID, 1, HASH, Decision.REJECTED, List.of(), " ", "Ada", "", TestClock.NOW, null, null, null);
        assertEquals("Say why in the comment, so the author knows what to change.", rejected.problem());
        SignOff nameless =
                new SignOff(ID, 1, HASH, Decision.APPROVED, List.of(), "", " ", "", TestClock.NOW, null, null, null);
        assertTrue(nameless.problem().startsWith("Give the reviewer's name"));
    }

    @Test
    void aSignOffIsSupersededWhenTheContentHashDiffers() {
        SignOff s = signOff(List.of("c"), "");
        assertEquals(SignOffState.VALID, SignOffState.of(s, HASH));
        assertEquals(SignOffState.SUPERSEDED, SignOffState.of(s, "cd".repeat(32)));
    }
}
