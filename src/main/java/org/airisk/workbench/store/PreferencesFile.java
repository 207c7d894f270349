package org.airisk.workbench.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.settings.Preferences;

/**
 * Preferences kept in a small file on this computer: a team workspace's personal ones (who is working, the theme,
 * the window), which must not land in the server's table that everyone shares. Each change rewrites the file whole,
 * through a new file moved into place, so a crash leaves the old file or the new one.
 */
public final class PreferencesFile implements Preferences {
    private final Path file;

    public PreferencesFile(Path file) {
        this.file = file;
    }

    @Override
    public synchronized Optional<String> get(String key) {
        return Optional.ofNullable(read().getProperty(key));
    }

    /** @throws StorageException when the file cannot be written */
    @Override
    public synchronized void put(String key, String value) {
        Properties saved = read();
        saved.setProperty(key, value == null ? "" : value);
        try {
            PrivateFiles.folder(file.getParent());
            Path fresh =
                    Files.createTempFile(file.getParent(), file.getFileName().toString(), ".new");
            try (Writer writer = Files.newBufferedWriter(fresh, StandardCharsets.UTF_8)) {
                saved.store(writer, "AI Risk Workbench: this computer's own settings for team workspaces");
            }
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            PrivateFiles.restrictQuietly(file);
        } catch (IOException e) {
            throw new StorageException(
                    "Your settings could not be saved in " + file + " (" + e.getMessage()
                            + "). Check that you may write in the data folder.",
                    e);
        }
    }

    private Properties read() {
        Properties saved = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            saved.load(in);
        } catch (NoSuchFileException e) {
            // nothing saved yet
        } catch (IOException | IllegalArgumentException e) {
            // An unreadable file counts as empty: the settings are asked for or chosen again, and the next save
            // replaces it.
            return new Properties();
        }
        return saved;
    }
}
