package org.airisk.workbench.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The signature and public key files are read back exactly, and anything else gets one plain sentence. */
class SignatureTextTest {
    private static final byte[] KEY = new byte[44];

    static {
        for (int i = 0; i < KEY.length; i++) {
            KEY[i] = (byte) (i * 7);
        }
    }

    @Test
    void aSignatureIsReadBackAsWritten() {
        Signature signature = new Signature("0123 4567 89AB CDEF", new byte[] {1, 2, 3, -1});
        String text = signature.text();
        assertEquals(
                "AI Risk Workbench signature\nAlgorithm: Ed25519\nKey fingerprint: 0123 4567 89AB CDEF\n"
                        + "Signature: AQID/w==\n",
                text);
        assertEquals(signature, Signature.parse(text).signature());
        assertEquals(signature, Signature.parse(text.replace("\n", "\r\n")).signature());
    }

    @Test
    void otherTextIsRefusedWithASentence() {
        assertTrue(Signature.parse("hello").problem().startsWith("The signature file is malformed"));
        assertTrue(Signature.parse(null).problem().startsWith("The signature file is malformed"));
        String text = new Signature("0123 4567 89AB CDEF", new byte[] {1, 2, 3}).text();
        assertTrue(Signature.parse(text.replace("Ed25519", "RSA")).problem().contains("another algorithm"));
        assertEquals(
                "The signature is malformed: its last line is not base64. Ask the signer to send it again.",
                Signature.parse(text.replace("AQID", "A%ID")).problem());
        assertFalse(Signature.parse("x".repeat(5000)).ok());
    }

    @Test
    void aPublicKeyIsWrittenAsPemAndReadBack() {
        PublicSigningKey key = new PublicSigningKey(KEY);
        String pem = key.pem();
        assertTrue(pem.startsWith("-----BEGIN PUBLIC KEY-----\n"));
        assertTrue(pem.endsWith("\n-----END PUBLIC KEY-----\n"));
        assertEquals(key, PublicSigningKey.fromPem(pem).key());
        assertEquals(
                key,
                PublicSigningKey.fromPem(pem.replace("\n", "\r\n") + "\n\n").key());
        assertTrue(PublicSigningKey.fromPem("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----")
                .problem()
                .startsWith("This is not a public key file"));
        assertTrue(PublicSigningKey.fromPem(pem.replace("A", "*"))
                .problem()
                .startsWith("The public key file is " + "damaged"));
    }

    @Test
    void theFingerprintIsSixteenHexDigitsInFourGroupsFromSha256() throws Exception {
        PublicSigningKey key = new PublicSigningKey(KEY);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(KEY);
        String hex = HexFormat.of().withUpperCase().formatHex(digest, 0, 8);
        assertEquals(
                hex.substring(0, 4) + " " + hex.substring(4, 8) + " " + hex.substring(8, 12) + " "
                        + hex.substring(12, 16),
                key.fingerprint());
        assertTrue(key.fingerprint().matches("[0-9A-F]{4}( [0-9A-F]{4}){3}"));
    }

    @Test
    void thePassphraseRuleAndHint() {
        assertTrue(Passphrases.problem("short".toCharArray(), "short".toCharArray())
                .startsWith("The passphrase " + "needs at least 12 characters"));
        assertEquals(
                "The two passphrases differ: type the same one twice.",
                Passphrases.problem("twelve chars!".toCharArray(), "twelve chars?".toCharArray()));
        assertEquals("", Passphrases.problem("twelve chars!".toCharArray(), "twelve chars!".toCharArray()));
        assertEquals("Too short: 5 of at least 12 characters.", Passphrases.hint(5));
        assertEquals("Acceptable: 13 characters. 20 or more is stronger.", Passphrases.hint(13));
        assertEquals("Strong: 24 characters.", Passphrases.hint(24));
    }
}
