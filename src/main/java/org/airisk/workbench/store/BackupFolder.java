package org.airisk.workbench.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.airisk.workbench.assessment.LibraryBackups;
import org.airisk.workbench.assessment.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backups folder of a data folder: copies of the closed database file, named by the UTC time they were taken
 * (workbench-20261125-100000Z.mv.db), the newest {@link #KEEP} kept. A copy of a closed MVStore file is consistent:
 * the workbench holds the data folder's lock while it copies, so nothing writes the file meanwhile.
 */
public final class BackupFolder implements LibraryBackups {
    public static final String FOLDER = "backups";
    public static final int KEEP = 5;
    static final Duration DAILY = Duration.ofDays(1);
    private static final Logger LOG = LoggerFactory.getLogger(BackupFolder.class);
    /** For file names, not for people: fixed digits in any locale. */
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final Pattern NAME = Pattern.compile("workbench-(\\d{8}-\\d{6}Z)(-\\d+)?\\.mv\\.db");

    private final Path folder;
    private final Clock clock;
    /** Reads backups of a library protected with a password (ADR 0014); null when there is none. */
    private final char[] password;

    public BackupFolder(Path dataFolder, Clock clock) {
        this(dataFolder, clock, null);
    }

    public BackupFolder(Path dataFolder, Clock clock, char[] password) {
        this.folder = dataFolder.toAbsolutePath().resolve(FOLDER);
        this.clock = clock;
        this.password = password == null ? null : password.clone();
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public List<Backup> list() {
        List<Backup> backups = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return backups;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "workbench-*.mv.db")) {
            for (Path file : files) {
                Matcher name = NAME.matcher(file.getFileName().toString());
                if (name.matches() && Files.isRegularFile(file)) {
                    backups.add(new Backup(file, STAMP.parse(name.group(1), Instant::from), Files.size(file)));
                }
            }
        } catch (IOException | DateTimeParseException e) {
            throw new StorageException(
                    "The backups in " + folder + " cannot be read (" + e.getMessage()
                            + "). Check that you may read that folder.",
                    e);
        }
        backups.sort(Comparator.comparing(Backup::takenAt)
                .thenComparingInt(BackupFolder::sameSecondNumber)
                .reversed());
        return backups;
    }

    /** 1 for the first backup of a second, n for workbench-...Z-n.mv.db. */
    private static int sameSecondNumber(Backup backup) {
        Matcher name = NAME.matcher(backup.file().getFileName().toString());
        return name.matches() && name.group(2) != null
                ? Integer.parseInt(name.group(2).substring(1))
                : 1;
    }

    @Override
    public Contents contents(Backup backup) {
        try {
            return new Contents(titlesIn(backup.file()), null);
        } catch (SQLException | IOException e) {
            LOG.warn(
                    "Backup {} cannot be read: {}",
                    backup.file().getFileName(),
                    e.getClass().getSimpleName());
            if (DatabaseProtection.isEncrypted(backup.file())) {
                return new Contents(
                        List.of(),
                        password == null
                                ? "This backup is protected with a password; open the library with it to read the backup."
                                : "This backup cannot be read with the library's password: it was protected with another "
                                        + "one, or it is damaged.");
            }
            return new Contents(List.of(), "This backup cannot be read: it is damaged or incomplete.");
        }
    }

    /** The newest backup that opens and can be read, for offering when the library itself cannot be opened. */
    public Optional<Backup> newestReadable() {
        return list().stream().filter(b -> contents(b).readable()).findFirst();
    }

    /** True when no backup was taken in the last day. */
    boolean dueDaily() {
        List<Backup> backups = list();
        return backups.isEmpty()
                || backups.get(0).takenAt().isBefore(clock.instant().minus(DAILY));
    }

    /**
     * Copies the closed database file into the folder and drops the oldest beyond {@link #KEEP}. Nothing is added
     * when the newest backup already holds exactly these bytes, so an unchanged library does not push older ones
     * out.
     */
    void take(Path databaseFile) throws IOException {
        if (!Files.exists(databaseFile)) {
            return;
        }
        List<Backup> backups = list();
        if (!backups.isEmpty() && Files.mismatch(backups.get(0).file(), databaseFile) == -1) {
            return;
        }
        PrivateFiles.folder(folder);
        Path target = freeName(clock.instant());
        Path partial = folder.resolve(target.getFileName() + ".partial");
        Files.copy(databaseFile, partial, StandardCopyOption.REPLACE_EXISTING);
        PrivateFiles.restrict(partial);
        // Moved into place whole: a backup in the list is never half-written.
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        LOG.info("Backup taken: {} ({} bytes)", target.getFileName(), Files.size(target));
        prune();
    }

    private Path freeName(Instant at) {
        String stamp = STAMP.format(at);
        Path file = folder.resolve("workbench-" + stamp + ".mv.db");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve("workbench-" + stamp + "-" + n + ".mv.db");
        }
        return file;
    }

    private void prune() throws IOException {
        List<Backup> backups = list();
        for (Backup old : backups.subList(Math.min(KEEP, backups.size()), backups.size())) {
            Files.deleteIfExists(old.file());
            LOG.info("Backup dropped (more than {} kept): {}", KEEP, old.file().getFileName());
        }
    }

    /**
     * Copies {@code file} into a new folder inside the backups folder, as workbench.mv.db, and checks that it
     * opens read-only and its assessments can be read. The caller moves or deletes the copy.
     *
     * @throws SQLException when the copy is not a readable workbench database
     */
    Path checkedCopy(Path file) throws IOException, SQLException {
        PrivateFiles.folder(folder);
        Path scratch = Files.createTempDirectory(folder, ".check-");
        Path copy = scratch.resolve(WorkbenchDatabase.FILE_NAME);
        try {
            Files.copy(file, copy);
            PrivateFiles.restrict(copy);
            readTitles(copy, password);
            return copy;
        } catch (IOException | SQLException | RuntimeException e) {
            deleteScratch(copy);
            throw e;
        }
    }

    static void deleteScratch(Path copy) {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(copy.resolveSibling(WorkbenchDatabase.NAME + ".trace.db"));
            Files.deleteIfExists(copy.getParent());
        } catch (IOException e) {
            LOG.warn("A scratch copy could not be removed: {}", e.getClass().getSimpleName());
        }
    }

    private List<String> titlesIn(Path file) throws IOException, SQLException {
        Path copy = checkedCopy(file);
        try {
            return readTitles(copy, password);
        } finally {
            deleteScratch(copy);
        }
    }

    /** Opens a database file read-only (the operating system refuses every write) and reads its titles. */
    private static List<String> readTitles(Path file, char[] password) throws SQLException {
        List<String> titles = new ArrayList<>();
        char[] key = DatabaseProtection.isEncrypted(file) ? password : null;
        try (Connection c = DatabaseProtection.connect(WorkbenchDatabase.readOnlyUrl(file.getParent()), key);
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(
                        "SELECT title FROM assessment WHERE deleted_at IS NULL " + "ORDER BY LOWER(title)")) {
            while (rows.next()) {
                titles.add(rows.getString(1));
            }
        }
        return titles;
    }
}
