package org.airisk.workbench.signingdata;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import org.airisk.workbench.signing.PublicSigningKey;
import org.airisk.workbench.signing.Signature;
import org.airisk.workbench.signing.Verification;

/** Ed25519 as the JDK has it since Java 15 (RFC 8032): no library of our own, nothing hand-made (ADR 0016). */
final class Ed25519 {
    static final int SIGNATURE_BYTES = 64;

    private Ed25519() {}

    static KeyPair generate(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(Signature.ALGORITHM);
            generator.initialize(255, random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw missing(e);
        }
    }

    /** The private key from its PKCS#8 bytes, or null when they are not an Ed25519 private key. */
    static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance(Signature.ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (InvalidKeySpecException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw missing(e);
        }
    }

    /** The public key from its X.509 bytes, or null when they are not an Ed25519 public key. */
    static PublicKey publicKey(PublicSigningKey key) {
        try {
            return KeyFactory.getInstance(Signature.ALGORITHM).generatePublic(new X509EncodedKeySpec(key.encoded()));
        } catch (InvalidKeySpecException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw missing(e);
        }
    }

    static byte[] sign(byte[] content, PrivateKey key) {
        try {
            java.security.Signature signer = java.security.Signature.getInstance(Signature.ALGORITHM);
            signer.initSign(key);
            signer.update(content);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw missing(e);
        }
    }

    static Verification verify(byte[] content, Signature signature, PublicSigningKey key) {
        PublicKey publicKey = publicKey(key);
        if (publicKey == null) {
            return Verification.malformed("The public key is not an Ed25519 key as AI Risk Workbench makes them, "
                    + "or it is damaged; ask the signer to export it again.");
        }
        if (signature.value().length != SIGNATURE_BYTES) {
            return Verification.malformed("The signature is malformed: an Ed25519 signature has " + SIGNATURE_BYTES
                    + " bytes and this one has " + signature.value().length + ".");
        }
        if (!signature.keyFingerprint().equals(key.fingerprint())) {
            return Verification.otherKey(signature.keyFingerprint(), key);
        }
        try {
            java.security.Signature verifier = java.security.Signature.getInstance(Signature.ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(content);
            return verifier.verify(signature.value()) ? Verification.valid(key) : Verification.contentDiffers();
        } catch (SignatureException e) {
            // The JDK refuses some damaged signatures outright (a scalar out of range) rather than answer false.
            return Verification.contentDiffers();
        } catch (InvalidKeyException e) {
            return Verification.malformed("The public key is damaged; ask the signer to export it again.");
        } catch (NoSuchAlgorithmException e) {
            throw missing(e);
        }
    }

    private static IllegalStateException missing(GeneralSecurityException e) {
        return new IllegalStateException("Ed25519 is missing from this Java runtime.", e);
    }
}
