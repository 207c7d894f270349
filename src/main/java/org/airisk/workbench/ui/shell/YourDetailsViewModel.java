package org.airisk.workbench.ui.shell;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.settings.Preferences;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.signing.KeyProblem;
import org.airisk.workbench.signing.Passphrases;
import org.airisk.workbench.signing.PublicSigningKey;
import org.airisk.workbench.signing.SigningKeys;
import org.airisk.workbench.ui.BackgroundWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Edit › Your details: who the user is (name, role, organisation, recorded on review actions) and their signing key
 * (create it with a passphrase typed twice, see its fingerprint, export the public key). Reading and writing the
 * preferences and the key files, and Argon2id's deliberate second of work, run in the background.
 */
public final class YourDetailsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(YourDetailsViewModel.class);
    static final String NO_KEY = "You have no signing key yet. With one, a decision you sign can be checked by "
            + "anyone who has your public key.";

    private final Preferences preferences;
    private final SigningKeys keys;
    private final BackgroundWork background;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty role = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final BooleanProperty replaceConfirmed = new SimpleBooleanProperty(false);
    private final ReadOnlyObjectWrapper<PublicSigningKey> key = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper keyMessage = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper saveProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private final StringBinding problem;
    private final StringBinding passphraseProblem;
    private final StringBinding passphraseHint;
    private final StringBinding keyStatus;
    private final BooleanBinding canSave;
    private final BooleanBinding canCreateKey;

    public YourDetailsViewModel(Preferences preferences, SigningKeys keys, BackgroundWork background) {
        this.preferences = preferences;
        this.keys = keys;
        this.background = background;
        problem = Bindings.createStringBinding(() -> identity().problem(), name, role, organisation);
        passphraseProblem = Bindings.createStringBinding(
                () -> Passphrases.problem(
                        passphrase.get().toCharArray(), repeated.get().toCharArray()),
                passphrase,
                repeated);
        passphraseHint = Bindings.createStringBinding(
                () -> Passphrases.hint(passphrase.get().length()), passphrase);
        keyStatus = Bindings.createStringBinding(
                () -> key.get() == null
                        ? NO_KEY
                        : "Your key's fingerprint: " + key.get().fingerprint(),
                key);
        canSave = Bindings.createBooleanBinding(
                () -> loaded.get() && !busy.get() && problem.get().isEmpty(), loaded, busy, problem);
        canCreateKey = Bindings.createBooleanBinding(
                () -> loaded.get()
                        && !busy.get()
                        && passphraseProblem.get().isEmpty()
                        && (key.get() == null || replaceConfirmed.get()),
                loaded,
                busy,
                passphraseProblem,
                key,
                replaceConfirmed);
    }

    /** Reads the saved details and the public key; {@code then} runs once they are shown. */
    public void load(Runnable then) {
        busy.set(true);
        background.submit(
                () -> new Loaded(
                        UserIdentity.read(preferences), keys.publicKey().orElse(null)),
                read -> {
                    name.set(read.identity.name());
                    role.set(read.identity.role());
                    organisation.set(read.identity.organisation());
                    key.set(read.key);
                    busy.set(false);
                    loaded.set(true);
                    then.run();
                },
                failure -> {
                    busy.set(false);
                    loaded.set(true);
                    keyMessage.set(sentence(failure, "Your details could not be read"));
                    then.run();
                });
    }

    private record Loaded(UserIdentity identity, PublicSigningKey key) {}

    /** The details as typed, cleaned as they would be saved. */
    public UserIdentity identity() {
        return new UserIdentity(name.get(), role.get(), organisation.get());
    }

    /** Saves the details; {@code saved} gets them once stored, else {@link #saveProblemProperty} says why not. */
    public void save(Consumer<UserIdentity> saved) {
        UserIdentity identity = identity();
        if (!identity.problem().isEmpty()) {
            return;
        }
        busy.set(true);
        saveProblem.set("");
        background.submit(
                () -> {
                    identity.save(preferences);
                    return identity;
                },
                stored -> {
                    busy.set(false);
                    saved.accept(stored);
                },
                failure -> {
                    busy.set(false);
                    saveProblem.set(sentence(failure, "Your details could not be saved"));
                });
    }

    /** Makes the key (replacing the old one only when that was confirmed); the fields are emptied either way. */
    public void createKey() {
        if (!canCreateKey.get()) {
            return;
        }
        char[] typed = passphrase.get().toCharArray();
        boolean replace = key.get() != null;
        passphrase.set("");
        repeated.set("");
        busy.set(true);
        keyMessage.set("Making your key\u2026");
        background.submit(
                () -> {
                    try {
                        return keys.create(typed, replace);
                    } finally {
                        Arrays.fill(typed, '\0');
                    }
                },
                made -> {
                    busy.set(false);
                    replaceConfirmed.set(false);
                    key.set(made);
                    keyMessage.set((replace
                                    ? "Your new key is ready; the old one is kept aside in the data folder. "
                                    : "Your key is ready. ")
                            + "Export the public key and give it to whoever checks your "
                            + "signatures; read them the fingerprint to be sure they have yours.");
                },
                failure -> {
                    busy.set(false);
                    keyMessage.set(sentence(failure, "The key could not be made"));
                });
    }

    /** Writes the public key as a PEM file where the user chose. */
    public void exportPublicKey(Path file) {
        busy.set(true);
        background.submit(
                () -> keys.exportPublicKey(file),
                () -> {
                    busy.set(false);
                    keyMessage.set("Your public key is in " + file + ".");
                },
                failure -> {
                    busy.set(false);
                    keyMessage.set(sentence(failure, "The public key could not be written"));
                });
    }

    /** Our own sentence where there is one; anything else is logged and said plainly. */
    private static String sentence(Throwable failure, String what) {
        if (failure instanceof KeyProblem || failure instanceof StorageException) {
            return failure.getMessage();
        }
        LOG.warn("{}", what, failure);
        return what + "; the log has the details (Help \u203a Open log folder).";
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty roleProperty() {
        return role;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty repeatedProperty() {
        return repeated;
    }

    /** Ticked by the user to make a new key in place of the one they have. */
    public BooleanProperty replaceConfirmedProperty() {
        return replaceConfirmed;
    }

    /** The public key, null while there is none. */
    public ReadOnlyObjectProperty<PublicSigningKey> keyProperty() {
        return key.getReadOnlyProperty();
    }

    public StringBinding problemProperty() {
        return problem;
    }

    public StringBinding passphraseProblemProperty() {
        return passphraseProblem;
    }

    public StringBinding passphraseHintProperty() {
        return passphraseHint;
    }

    public StringBinding keyStatusProperty() {
        return keyStatus;
    }

    /** What the last key action came to, or why it failed. */
    public ReadOnlyStringProperty keyMessageProperty() {
        return keyMessage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveProblemProperty() {
        return saveProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    public BooleanBinding canCreateKeyProperty() {
        return canCreateKey;
    }
}
