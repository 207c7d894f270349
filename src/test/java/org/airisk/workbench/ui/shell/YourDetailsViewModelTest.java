package org.airisk.workbench.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.airisk.workbench.exchangedata.EncryptedPackage;
import org.airisk.workbench.settings.Preferences;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.signing.PublicSigningKey;
import org.airisk.workbench.signingdata.KeyFiles;
import org.airisk.workbench.ui.ImmediateBackgroundWork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Your details without a window: the identity saved through the preferences, the key made, shown and exported. */
class YourDetailsViewModelTest {
    @TempDir
    Path data;

    private final Map<String, String> stored = new HashMap<>();
    private final Preferences preferences = new Preferences() {
        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(stored.get(key));
        }

        @Override
        public void put(String key, String value) {
            stored.put(key, value);
        }
    };
    private KeyFiles keys;
    private YourDetailsViewModel model;

    @BeforeEach
    void loaded() {
        keys = new KeyFiles(data, new EncryptedPackage.Kdf(8, 1, 1), new SecureRandom());
        model = new YourDetailsViewModel(preferences, keys, new ImmediateBackgroundWork());
    }

    @Test
    void theDetailsAreSavedAndReadBackAndBadOnesCannotBeSaved() {
        assertFalse(model.canSaveProperty().get(), "not before the saved details are read");
        model.load(() -> {});
        assertTrue(model.canSaveProperty().get());
        model.nameProperty().set("  Ada Lovelace ");
        model.roleProperty().set("Chair");
        model.organisationProperty().set("Ethics Board Ltd");
        AtomicReference<UserIdentity> saved = new AtomicReference<>();
        model.save(saved::set);
        assertEquals(new UserIdentity("Ada Lovelace", "Chair", "Ethics Board Ltd"), saved.get());
        assertEquals("Ada Lovelace", stored.get(UserIdentity.NAME));

        YourDetailsViewModel again = new YourDetailsViewModel(preferences, keys, new ImmediateBackgroundWork());
        again.load(() -> {});
        assertEquals("Ada Lovelace", again.nameProperty().get());
        assertEquals("Ethics Board Ltd", again.organisationProperty().get());

        again.nameProperty().set("x".repeat(UserIdentity.MAX_LENGTH + 1));
        assertEquals(
                "Keep your name, role and organisation under 200 characters each.",
                again.problemProperty().get());
        assertFalse(again.canSaveProperty().get());
        again.nameProperty().set("Ada\nLovelace");
        assertEquals(
                "Your name cannot contain line breaks or control characters.",
                again.problemProperty().get());
        again.save(saved::set);
        assertEquals("Ada Lovelace", stored.get(UserIdentity.NAME), "nothing saved");
    }

    @Test
    void aKeyIsMadeFromAPassphraseTypedTwiceAndItsFingerprintShown() throws Exception {
        model.load(() -> {});
        assertNull(model.keyProperty().get());
        assertEquals(YourDetailsViewModel.NO_KEY, model.keyStatusProperty().get());
        assertFalse(model.canCreateKeyProperty().get());
        model.passphraseProperty().set("too short");
        model.repeatedProperty().set("too short");
        assertEquals(
                "Too short: 9 of at least 12 characters.",
                model.passphraseHintProperty().get());
        assertFalse(model.canCreateKeyProperty().get());
        model.passphraseProperty().set("ridge lantern orchard");
        assertEquals(
                "The two passphrases differ: type the same one twice.",
                model.passphraseProblemProperty().get());
        model.repeatedProperty().set("ridge lantern orchard");
        assertEquals("Strong: 21 characters.", model.passphraseHintProperty().get());
        assertTrue(model.canCreateKeyProperty().get());

        model.createKey();
        PublicSigningKey key = keys.publicKey().orElseThrow();
        assertEquals(key, model.keyProperty().get());
        assertEquals(
                "Your key's fingerprint: " + key.fingerprint(),
                model.keyStatusProperty().get());
        assertEquals("", model.passphraseProperty().get(), "the passphrase is not kept in the fields");
        assertTrue(model.keyMessageProperty().get().startsWith("Your key is ready."));
        assertTrue(
                keys.sign(new byte[] {1}, "ridge lantern orchard".toCharArray()).value().length == 64);

        Path exported = data.resolve("ada.pem");
        model.exportPublicKey(exported);
        assertEquals(key, PublicSigningKey.fromPem(Files.readString(exported)).key());
        assertEquals(
                "Your public key is in " + exported + ".",
                model.keyMessageProperty().get());
    }

    @Test
    void anExistingKeyIsReplacedOnlyOnceTheUserConfirms() {
        PublicSigningKey first = keys.create("ridge lantern orchard".toCharArray(), false);
        model.load(() -> {});
        assertEquals(first, model.keyProperty().get());
        model.passphraseProperty().set("another long passphrase");
        model.repeatedProperty().set("another long passphrase");
        assertFalse(model.canCreateKeyProperty().get(), "replacing needs the box ticked");
        model.createKey();
        assertEquals(first, keys.publicKey().orElseThrow());
        model.replaceConfirmedProperty().set(true);
        model.createKey();
        assertNotEquals(first, keys.publicKey().orElseThrow());
        assertEquals(keys.publicKey().orElseThrow(), model.keyProperty().get());
        assertFalse(model.replaceConfirmedProperty().get(), "asked again for the next replacement");
        assertTrue(model.keyMessageProperty().get().startsWith("Your new key is ready; the old one is kept aside"));
    }

    @Test
    void aKeyThatCannotBeWrittenIsSaidInOneSentence() throws Exception {
        Files.writeString(data.resolve(KeyFiles.FOLDER), "a file where the keys folder should be");
        model.load(() -> {});
        model.passphraseProperty().set("ridge lantern orchard");
        model.repeatedProperty().set("ridge lantern orchard");
        model.createKey();
        assertNull(model.keyProperty().get());
        assertTrue(
                model.keyMessageProperty().get().startsWith("Could not write the signing key in "),
                model.keyMessageProperty().get());
        assertFalse(model.busyProperty().get());
    }
}
