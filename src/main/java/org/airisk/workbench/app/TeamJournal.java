package org.airisk.workbench.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.airisk.workbench.store.WorkbenchDatabase;

/**
 * Where the journal of unsaved changes goes: the data folder for its own library, a folder of its own for each team
 * workspace (server, database and user), so changes left over from one are never replayed into, or dropped by,
 * another.
 */
final class TeamJournal {
    static final String FOLDER = "team-workspace";

    private TeamJournal() {}

    static Path folder(Path dataFolder, WorkbenchDatabase database) {
        if (!database.onServer()) {
            return dataFolder;
        }
        Path team = dataFolder.resolve(FOLDER).resolve(shortName(database.serverIdentity()));
        try {
            Files.createDirectories(team);
        } catch (IOException e) {
            // The journal then only lacks its reserve; saves go to the server as usual.
        }
        return team;
    }

    /** A short, stable name for one team workspace: the start of a hash of where it is and who connects. */
    static String shortName(String serverIdentity) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(serverIdentity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
