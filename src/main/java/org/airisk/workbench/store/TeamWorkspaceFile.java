package org.airisk.workbench.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.settings.TeamServer;

/**
 * The team workspaces saved by name, {@value #FILE_NAME} in the data folder: kept outside the library, which may be
 * the very thing on the server. One address per name, never a password (ADR 0032).
 */
public final class TeamWorkspaceFile {
    public static final String FILE_NAME = "team-workspaces.properties";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final String ADDRESS = ".address";
    private final Path file;

    public TeamWorkspaceFile(Path dataFolder) {
        this.file = dataFolder.resolve(FILE_NAME);
    }

    /** The saved workspaces by name; ones whose address no longer reads are left out. */
    public Map<String, TeamServer> all() {
        Properties saved = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            saved.load(in);
        } catch (NoSuchFileException e) {
            return Map.of();
        } catch (IOException | IllegalArgumentException e) {
            throw new StorageException(
                    "The saved team workspaces in " + file + " cannot be read (" + e.getMessage()
                            + "). Give the workspace's address instead, or delete the file to start the list again.",
                    e);
        }
        Map<String, TeamServer> workspaces = new TreeMap<>();
        for (String key : saved.stringPropertyNames()) {
            if (key.endsWith(ADDRESS)) {
                try {
                    workspaces.put(
                            key.substring(0, key.length() - ADDRESS.length()),
                            TeamServer.parse(saved.getProperty(key), null));
                } catch (UserFacingProblem e) {
                    // A line edited by hand into something unusable: the others still serve.
                }
            }
        }
        return workspaces;
    }

    public Optional<TeamServer> find(String name) {
        return Optional.ofNullable(all().get(name));
    }

    /**
     * Saves {@code server} under {@code name}, replacing one of that name.
     *
     * @throws UserFacingProblem when the name cannot be used
     */
    public void save(String name, TeamServer server) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new UserFacingProblem("A workspace's name is 1 to 40 letters, digits, _ or -, so it can be typed "
                    + "after --workspace.");
        }
        Map<String, TeamServer> workspaces = new TreeMap<>(all());
        workspaces.put(name, server);
        Properties out = new Properties();
        workspaces.forEach((n, s) -> out.setProperty(n + ADDRESS, s.address()));
        try {
            PrivateFiles.folder(file.getParent());
            Path fresh = Files.createTempFile(file.getParent(), FILE_NAME, ".new");
            try (Writer writer = Files.newBufferedWriter(fresh, StandardCharsets.UTF_8)) {
                out.store(writer, "AI Risk Workbench team workspaces: addresses only, never passwords");
            }
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            PrivateFiles.restrictQuietly(file);
        } catch (IOException e) {
            throw new StorageException(
                    "The team workspace could not be saved in " + file + " (" + e.getMessage()
                            + "); you can still connect by giving its address.",
                    e);
        }
    }
}
