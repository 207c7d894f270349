package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.exchangedata.EncryptedPackage;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.review.Decision;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.review.SignOff;
import org.airisk.workbench.review.SignOffSignatures;
import org.airisk.workbench.review.SignOffState;
import org.airisk.workbench.review.SignatureCheck;
import org.airisk.workbench.scoring.ScoringMethod;
import org.airisk.workbench.signing.KeyProblem;
import org.airisk.workbench.signing.PublicSigningKey;
import org.airisk.workbench.signingdata.KeyFiles;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A decision signed with the reviewer's key, kept with its public key, and checked after close and reopen. */
class SignedSignOffTest {
    private static final EncryptedPackage.Kdf CHEAP = new EncryptedPackage.Kdf(8, 1, 1);
    private static final String PASSPHRASE = "correct horse battery staple";
    private final TestClock.Settable clock = new TestClock.Settable();

    @TempDir
    Path folder;

    @TempDir
    Path home;

    private WorkbenchDatabase database;
    private JdbcAssessmentRepository assessments;
    private JdbcReviewRepository reviews;
    private KeyFiles keys;
    private SignOffSignatures signatures;
    private PublicSigningKey key;
    private UUID id;

    @BeforeEach
    void submitted() {
        keys = new KeyFiles(home, CHEAP, new SecureRandom());
        key = keys.create(PASSPHRASE.toCharArray(), false);
        signatures = new SignOffSignatures(keys);
        open();
        id = assessments
                .create(new NewAssessment("Chatbot review", "Helpdesk bot", "Ann", "quick-check", 1))
                .id();
        assessments.saveAnswer(id, "q1", new Answer.Choice("yes"), new Progress(1, 3));
        reviews.submit(id, "Ann");
    }

    private void open() {
        database = WorkbenchDatabase.open(folder, clock);
        assessments = new JdbcAssessmentRepository(database, clock);
        reviews = new JdbcReviewRepository(database, clock, ScoringMethod::standard);
    }

    private void reopen() {
        database.close();
        open();
    }

    @AfterEach
    void close() {
        database.close();
    }

    private SignOff decideSigned(String passphrase) {
        return signatures.decide(
                reviews,
                id,
                Decision.APPROVED_WITH_CONDITIONS,
                List.of("Log every override", "Re-assess in 6 months"),
                "Line one\nline two \\ done",
                "Bo Reviewer",
                "Chair",
                passphrase.toCharArray());
    }

    private SignatureCheck storedCheck() {
        reopen();
        return signatures.check(reviews.latestDecision(id).orElseThrow());
    }

    @Test
    void aSignedDecisionIsKeptWithItsPublicKeyAndVerifiesAfterReopening() {
        SignOff signed = decideSigned(PASSPHRASE);
        assertTrue(signed.isSigned());
        reopen();
        SignOff stored = reviews.latestDecision(id).orElseThrow();
        assertEquals(signed, stored, "read back field for field");
        assertEquals(signed.signedText(), stored.signedText());
        assertEquals(key.pem(), stored.signerPublicKey());
        assertEquals(key.fingerprint(), stored.signerFingerprint());
        assertEquals(64, Base64.getDecoder().decode(stored.signature()).length);
        assertEquals(ReviewStage.APPROVED_WITH_CONDITIONS, reviews.stage(id));
        SignatureCheck check = signatures.check(stored);
        assertTrue(check.valid(), check.sentence());
        assertEquals("Signed by Bo Reviewer's key " + key.fingerprint() + ": signature valid", check.label());
        SignatureCheck againstGiven =
                signatures.check(stored, PublicSigningKey.fromPem(key.pem()).key());
        assertTrue(againstGiven.valid(), againstGiven.sentence());
    }

    @Test
    void oneFlippedByteInTheSignatureOrInTheStoredDecisionFails() throws Exception {
        decideSigned(PASSPHRASE);
        database.close();
        String signature = SignOffTampering.read(folder, "signature");
        SignOffTampering.write(folder, "signature", SignOffTampering.flippedSignature(signature, 10));
        open();
        SignatureCheck check = storedCheck();
        assertEquals(SignatureCheck.Status.DOES_NOT_MATCH, check.status(), check.sentence());
        assertEquals("signature does NOT match this decision", check.label());
        database.close();
        SignOffTampering.write(folder, "signature", signature);
        open();
        assertTrue(storedCheck().valid(), "put back, it verifies again");

        database.close();
        SignOffTampering.write(folder, "reviewer_name", "Bo Reviewes");
        open();
        check = storedCheck();
        assertEquals(SignatureCheck.Status.DOES_NOT_MATCH, check.status());
        assertEquals(
                "The signature does NOT match this decision: the decision or the signature was changed after "
                        + "signing.",
                check.sentence());
        database.close();
        SignOffTampering.write(folder, "reviewer_name", "Bo Reviewer");
        SignOffTampering.write(folder, "comment", SignOffTampering.flipped("Line one\nline two \\ done", 0));
        open();
        assertEquals(SignatureCheck.Status.DOES_NOT_MATCH, storedCheck().status());
    }

    @Test
    void anotherPublicKeyKeptInPlaceOfTheSignersIsCaught() throws Exception {
        decideSigned(PASSPHRASE);
        KeyFiles other = new KeyFiles(home.resolve("other"), CHEAP, new SecureRandom());
        PublicSigningKey otherKey = other.create("another long passphrase".toCharArray(), false);
        database.close();
        SignOffTampering.write(folder, "signer_public_key", otherKey.pem());
        open();
        SignatureCheck check = storedCheck();
        assertEquals(SignatureCheck.Status.DOES_NOT_MATCH, check.status());
        assertTrue(
                check.sentence().contains(key.fingerprint()) && check.sentence().contains(otherKey.fingerprint()),
                check.sentence());
    }

    @Test
    void aDifferentPublicKeyGivenFailsNamingBothFingerprints() {
        decideSigned(PASSPHRASE);
        KeyFiles other = new KeyFiles(home.resolve("other"), CHEAP, new SecureRandom());
        PublicSigningKey otherKey = other.create("another long passphrase".toCharArray(), false);
        SignatureCheck check = signatures.check(reviews.latestDecision(id).orElseThrow(), otherKey);
        assertEquals(SignatureCheck.Status.OTHER_KEY, check.status());
        assertFalse(check.valid());
        assertEquals(
                "The signature was made with the key " + key.fingerprint() + ", not with the public key given ("
                        + otherKey.fingerprint() + "); ask the signer for their public key and compare fingerprints.",
                check.sentence());
    }

    @Test
    void aWrongPassphraseKeepsNothing() {
        KeyProblem refused = assertThrows(KeyProblem.class, () -> decideSigned("not the right passphrase"));
        assertTrue(refused.getMessage().toLowerCase(Locale.ROOT).contains("passphrase"), refused.getMessage());
        reopen();
        assertEquals(List.of(), reviews.decisions(id));
        assertEquals(ReviewStage.SUBMITTED, reviews.stage(id));
        assertTrue(decideSigned(PASSPHRASE).isSigned(), "the right one then signs");
    }

    @Test
    void aChangeAfterSigningSupersedesTheSignOffWhileTheSignatureStaysValidForItsVersion() {
        decideSigned(PASSPHRASE);
        assertEquals(SignOffState.VALID, reviews.signOffState(id).orElseThrow());
        assessments.saveNote(id, "q1", "changed after the approval");
        reopen();
        assertEquals(SignOffState.SUPERSEDED, reviews.signOffState(id).orElseThrow());
        assertTrue(storedCheck().valid(), "the signature covers the version it was made on, which is unchanged");
    }

    @ParameterizedTest(name = "fields of {0} characters")
    @ValueSource(ints = {1, 44, 2000})
    void signatureFieldsOfEverySizeUpToTheLimitsSurviveCloseAndReopen(int length) {
        SignOff draft = reviews.draftDecision(id, Decision.APPROVED, List.of(), "", "Bo Reviewer", "Chair");
        SignOff signed = draft.signed(
                "E".repeat(Math.min(length, SignOff.MAX_ALGORITHM)),
                "F".repeat(Math.min(length, SignOff.MAX_FINGERPRINT)),
                "S".repeat(Math.min(length, SignOff.MAX_SIGNATURE)),
                "\u00e9\u5bc6".repeat(length == 2000 ? SignOff.MAX_PUBLIC_KEY / 2 : length));
        reviews.record(signed);
        reopen();
        assertEquals(signed, reviews.latestDecision(id).orElseThrow());
        assertEquals(
                SignatureCheck.Status.DOES_NOT_MATCH,
                signatures.check(signed).status(),
                "what is not a signature never passes for one");
    }

    @Test
    void aSignatureLargerThanTheStoreKeepsIsRefusedInOneSentenceAndKeepsNothing() {
        SignOff draft = reviews.draftDecision(id, Decision.APPROVED, List.of(), "", "Bo Reviewer", "Chair");
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> reviews.record(draft.signed(
                        "Ed25519", key.fingerprint(), "A".repeat(10), "K".repeat(SignOff.MAX_PUBLIC_KEY + 1))));
        assertTrue(refused.getMessage().startsWith("This signature is larger than a sign-off keeps"));
        reopen();
        assertEquals(List.of(), reviews.decisions(id));
    }

    @Test
    void anUnsignedDecisionSaysSoAndASignatureIsKeptOnce() {
        SignOff unsigned =
                signatures.decide(reviews, id, Decision.APPROVED, List.of(), "", "Bo Reviewer", "Chair", null);
        SignatureCheck check = storedCheck();
        assertEquals(SignatureCheck.Status.NOT_SIGNED, check.status());
        assertEquals("not signed", check.label());
        // Signed afterwards (saveSignature), the public key is kept as well.
        reviews.saveSignature(signatures.sign(unsigned, PASSPHRASE.toCharArray()));
        assertTrue(storedCheck().valid());
        assertEquals(key.pem(), reviews.latestDecision(id).orElseThrow().signerPublicKey());
    }
}
