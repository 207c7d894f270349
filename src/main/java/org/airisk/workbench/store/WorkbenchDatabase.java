package org.airisk.workbench.store;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import org.airisk.workbench.assessment.StorageException;
import org.airisk.workbench.settings.TeamServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded H2 database in a data folder: opened once per run, brought up to date by Flyway, and shared by
 * the repositories through one connection. No H2 server is ever started. Or, for a team workspace, a PostgreSQL
 * database on a server ({@link #openServer}, {@link ServerDatabase}), used by the same repositories.
 */
public final class WorkbenchDatabase implements AutoCloseable {
    static final String NAME = "workbench";
    static final String FILE_NAME = NAME + ".mv.db";
    /** H2's own file system, the only one the app uses. */
    private static final String FILE_SYSTEM = "file";

    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchDatabase.class);

    private final Path folder;
    private final DataFolderLock lock;
    /** Replaced by {@link #reconnect()} after the database shut itself down (a failed write: a full disk). */
    private Connection connection;

    private final String url;
    /** The password of a protected library, for {@link #reconnect()}; null for one stored in clear. */
    private char[] key;

    private final boolean createdNow;
    /** Where a backup goes on closing; null when opened without a clock (tests and tools). */
    private final BackupFolder backups;

    private boolean closed;
    /** Told when closing compacts the file fully (ADR 0049), which takes seconds after a large import. */
    private volatile Runnable whenCompacting = () -> {};
    /** H2's count of writes to the file when opening: the same count at closing means nothing changed. */
    private long writesAtOpen = -1;
    /** How to connect again to a team workspace's server; null for a local library. */
    private ServerDatabase.Connector server;

    private WorkbenchDatabase(
            Path folder,
            DataFolderLock lock,
            Connection connection,
            String url,
            boolean createdNow,
            BackupFolder backups) {
        this.url = url;
        this.folder = folder;
        this.lock = lock;
        this.connection = connection;
        this.createdNow = createdNow;
        this.backups = backups;
    }

    /**
     * Opens (creating if needed) the database in {@code folder}, without automatic backups: for tests and tools.
     * The app opens with {@link #open(Path, Clock)}, which says what is thrown.
     */
    public static WorkbenchDatabase open(Path folder) {
        return open(folder, null);
    }

    /**
     * Opens (creating if needed) the database in {@code folder}, keeping backups in its backups folder: one when
     * none was taken in the last day (before anything is written), and one on {@link #close()}.
     *
     * @throws StorageException with a message for the assessor when the folder is in use by another workbench,
     *                          the file is read-only, or the folder is not writable; a {@link DatabaseUnavailable}
     *                          offering the newest backup when the file is not a workbench database or is damaged,
     *                          or is missing from a folder that has backups. A file that does not open is never
     *                          written to. Also when the folder's path holds a character the database cannot take
     *                          in a file name (see {@link #url}).
     */
    public static WorkbenchDatabase open(Path folder, Clock clock) {
        return open(folder, clock, (char[]) null);
    }

    /**
     * As {@link #open(Path, Clock)}, for a library that may be protected with a password (ADR 0014); the password
     * is not needed for a library that is not protected.
     *
     * @throws PasswordNeeded when the library is protected and no password, or a wrong one, was given; the file
     *                        was only read
     */
    public static WorkbenchDatabase open(Path folder, Clock clock, char[] password) {
        return open(folder, clock, password, FILE_SYSTEM);
    }

    /** As {@link #open(Path, Clock, char[])}, through one of H2's file systems; tests use one whose disk fills up. */
    static WorkbenchDatabase open(Path folder, Clock clock, char[] password, String fileSystem) {
        // Checked before anything is created: a refused folder is left as it was (or not made at all).
        String url = url(folder, fileSystem);
        try {
            PrivateFiles.folder(folder);
        } catch (IOException e) {
            throw new StorageException(
                    "The data folder " + folder + " cannot be created (" + e.getMessage()
                            + "). Check that you may write there, or start with --data-dir on another folder.",
                    e);
        }
        DataFolderLock lock = lock(folder);
        Path file = folder.resolve(FILE_NAME);
        // A password only for a protected file: a library stored in clear opens as it is.
        char[] key = DatabaseProtection.isEncrypted(file) ? password : null;
        BackupFolder backups = new BackupFolder(folder, clock, key);
        try {
            LibraryCompaction.finishInterrupted(file);
            boolean createdNow = !Files.exists(file);
            checkBeforeOpening(file, createdNow, url, key, clock, backups);
            Connection connection = connectCurrent(file, url, key, !createdNow && clock != null, backups);
            PrivateFiles.restrictQuietly(file);
            PrivateFiles.restrictQuietly(folder.resolve(NAME + ".trace.db"));
            LOG.info("Database opened ({} bytes, {})", Files.size(file), createdNow ? "created now" : "existing");
            WorkbenchDatabase database =
                    new WorkbenchDatabase(folder, lock, connection, url, createdNow, clock == null ? null : backups);
            database.key = key;
            database.writesAtOpen = fileWrites(connection);
            return database;
        } catch (SQLException e) {
            closeQuietly(lock);
            throw OpeningChecks.translate(e, folder.resolve(FILE_NAME), backups);
        } catch (IOException e) {
            closeQuietly(lock);
            throw new StorageException(
                    "The data folder " + folder + " cannot be used (" + e.getMessage()
                            + "). Check that you may write there, or start with --data-dir on another folder.",
                    e);
        } catch (RuntimeException e) {
            closeQuietly(lock);
            throw e;
        }
    }

    /** A new file only where no library was before; an existing one checked, and backed up once a day. */
    private static void checkBeforeOpening(
            Path file, boolean createdNow, String url, char[] key, Clock clock, BackupFolder backups)
            throws IOException {
        if (createdNow) {
            OpeningChecks.refuseIfUsedBefore(file, backups);
            return;
        }
        if (DatabaseProtection.isEncrypted(file) && key == null) {
            throw new PasswordNeeded(
                    "The library in " + file.getParent() + " is protected with a password. Enter "
                            + "it to open the library.",
                    false,
                    null);
        }
        OpeningChecks.checkUsable(file, url, key, backups);
        if (clock != null && backups.dueDaily()) {
            takeBackup(backups, file);
        }
    }

    /** A connection to the library brought up to date, backed up first when {@code backUp} and it is older. */
    private static Connection connectCurrent(Path file, String url, char[] key, boolean backUp, BackupFolder backups)
            throws SQLException {
        Connection connection = DatabaseProtection.connect(url, key);
        if (!SchemaVersion.isCurrent(connection)) {
            connection.close();
            if (backUp) {
                // The library as the older version left it, before the update changes it.
                takeBackup(backups, file);
            }
            LocalMigration.migrate(url, key, file);
            connection = DatabaseProtection.connect(url, key);
        }
        connection.setAutoCommit(false);
        return connection;
    }

    /**
     * Opens the team workspace in the PostgreSQL database at {@code url} (jdbc:postgresql:// only), bringing it up
     * to date: no data folder, no lock file and no backups (the server's administrator keeps those).
     *
     * @throws StorageException with a sentence for the user when the server cannot be reached or refuses
     */
    public static WorkbenchDatabase openServer(String url, String user, char[] password) {
        ServerDatabase.Connector connector = ServerDatabase.connector(url, user, password);
        ServerDatabase.Opened opened;
        try {
            opened = ServerDatabase.open(connector);
        } catch (RuntimeException e) {
            connector.close();
            throw e;
        }
        WorkbenchDatabase database =
                new WorkbenchDatabase(null, null, opened.connection(), url, opened.createdNow(), null);
        database.server = connector;
        return database;
    }

    /** As {@link #openServer(String, String, char[])}, for a team workspace's settings (ADR 0032). */
    public static WorkbenchDatabase openServer(TeamServer team, char[] password) {
        return openServer(team.jdbcUrl(), team.user(), password);
    }

    /** Connects to a team workspace's server and says in one sentence what was found, changing nothing. */
    public static String checkServer(TeamServer team, char[] password) {
        return ServerDatabase.check(ServerDatabase.connector(team.jdbcUrl(), team.user(), password));
    }

    /**
     * For a team workspace, the server, database and user it was opened as ("host:port/database as user"), which
     * tells this computer's files for one workspace from another's; "" for a local library.
     */
    public String serverIdentity() {
        return server == null ? "" : ServerDatabase.where(server.url()) + " as " + server.user();
    }

    /** True for a team workspace on a server, false for a local library in a data folder. */
    public boolean onServer() {
        return server != null;
    }

    static DataFolderLock lock(Path folder) {
        try {
            DataFolderLock lock = DataFolderLock.tryAcquire(folder)
                    .orElseThrow(() -> new StorageException(OpeningChecks.inUseMessage(folder)));
            PrivateFiles.restrictQuietly(folder.resolve(DataFolderLock.FILE_NAME));
            LibraryCompaction.clearLeftOver(folder); // the folder is this workbench's now: no compaction is running
            return lock;
        } catch (IOException e) {
            throw new StorageException(
                    "The data folder " + folder + " cannot be used (" + e.getMessage()
                            + "). Check that you may write there, or start with --data-dir on another folder.",
                    e);
        }
    }

    /** How many times H2 has written to the file since it opened it (reads and empty changes write nothing). */
    private static long fileWrites(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
                ResultSet row = s.executeQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                        + "WHERE SETTING_NAME = 'info.FILE_WRITE'")) {
            return row.next() ? Long.parseLong(row.getString(1)) : -1;
        } finally {
            connection.commit();
        }
    }

    private static void takeBackup(BackupFolder backups, Path file) {
        try {
            backups.take(file);
        } catch (IOException | RuntimeException e) {
            // A missing backup must not keep the assessor from working; the log says why.
            LOG.warn("Backup not taken: {}: {}", e.getClass().getSimpleName(), e.getMessage());
        }
    }

    /**
     * The JDBC URL of the database in {@code folder}, built from the folder's absolute path and fixed settings only.
     * H2 has no way to quote a file name in its URL: it takes everything after the first ';' as settings (a folder
     * named {@code x;INIT=RUNSCRIPT FROM 'f.sql'} would run that script on opening), and it reads a backslash as a
     * folder separator on every platform. A path that holds either (a backslash only where it is not the separator)
     * is refused. Every other character reaches H2 as part of the file name: an absolute path cannot start with '~'
     * or with one of H2's file-system prefixes ("mem:", "zip:", ...), which H2 only recognises at the start.
     *
     * @throws StorageException naming the character, when the path cannot be given to H2 as it is
     */
    static String url(Path folder) {
        return url(folder, FILE_SYSTEM);
    }

    private static String url(Path folder, String fileSystem) {
        Path absolute = folder.toAbsolutePath();
        String path = absolute.resolve(NAME).toString();
        if (path.indexOf(';') >= 0) {
            throw unusablePath(
                    absolute, "';'", "the database would read the rest of the path as connection " + "settings");
        }
        if (File.separatorChar != '\\' && path.indexOf('\\') >= 0) {
            throw unusablePath(
                    absolute,
                    "'\\'",
                    "the database would read it as a folder separator and keep its " + "file in another folder");
        }
        // Write each commit to the file at once: a killed process loses no committed answer. A 64 MB page cache
        // (H2's default is 16): a search reads the whole assessment table, which outgrows 16 MB past ~10,000 (ADR
        // 0046).
        return "jdbc:h2:" + fileSystem + ":" + path + ";WRITE_DELAY=0;CACHE_SIZE=65536";
    }

    /**
     * Checks, creating nothing, that {@code folder} can hold a database.
     *
     * @throws StorageException naming the character, as {@link #open(Path, Clock)} would
     */
    public static void checkFolder(Path folder) {
        url(folder);
    }

    /** The URL that opens the database in {@code folder} read-only: H2 opens its file for reading only. */
    static String readOnlyUrl(Path folder) {
        return url(folder) + ";ACCESS_MODE_DATA=r";
    }

    private static StorageException unusablePath(Path folder, String character, String why) {
        return new StorageException("The data folder " + folder + " cannot be used: its path contains " + character
                + ", and " + why + ". Choose another folder whose path has no " + character + " (start with "
                + "--data-dir on it), or rename the folder.");
    }

    static void closeQuietly(DataFolderLock lock) {
        if (lock == null) {
            return; // a team workspace: no data folder to lock
        }
        try {
            lock.close();
        } catch (IOException ignored) {
            // The lock goes with the process anyway.
        }
    }

    Connection connection() {
        return connection;
    }

    /** How to open another connection to the team workspace's server; null for a local library. */
    ServerDatabase.Connector serverConnector() {
        return server;
    }

    /**
     * A new connection in place of one whose database shut itself down: H2 closes a database whose file could not
     * be written (a full disk), and every later statement on the old connection fails even once space is back.
     * Everything committed before is in the file; what failed was rolled back.
     */
    synchronized void reconnect() throws SQLException {
        if (closed) {
            // Work that outlived the window (a save queued past the wait): the library is closed, its folder no
            // longer locked and perhaps being restored; opening it again here would hold the file open unlocked.
            throw new SQLException("The library was closed.");
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // it is being replaced because it no longer works
        }
        Connection fresh = server != null ? server.connect() : DatabaseProtection.connect(url, key);
        fresh.setAutoCommit(false);
        connection = fresh;
        LOG.info("Database reopened after it had shut down");
    }

    public Path folder() {
        return folder;
    }

    /** True when this run created the database, i.e. the first start on this data folder. */
    public boolean createdNow() {
        return createdNow;
    }

    /**
     * What to do when {@link #close} compacts the file fully (ADR 0049), just before it starts: the command line
     * says why it pauses; the window has gone by then.
     */
    public void whenCompacting(Runnable told) {
        whenCompacting = told;
    }

    /** Closes the database and, while the folder is still locked, copies the closed file into the backups. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            // A session that changed nothing adds no backup: opening the app five times must not push out the
            // backups that hold real work.
            boolean changed = writesAtOpen < 0 || fileWrites(connection) != writesAtOpen;
            if (server == null) {
                LibraryCompaction.close(connection, folder.resolve(FILE_NAME), whenCompacting);
            } else {
                connection.close();
            }
            if (backups != null && (changed || backups.list().isEmpty())) {
                takeBackup(backups, folder.resolve(FILE_NAME));
            }
        } catch (SQLException e) {
            // Every change was committed when made; nothing is lost by a failed close. No backup of a file that
            // may not have closed cleanly.
            LOG.warn("Database did not close cleanly: {} (error code {})", e.getSQLState(), e.getErrorCode());
            try {
                connection.close(); // if it failed before closing: the database must not stay open in this process
            } catch (SQLException ignored) {
                // already logged above
            }
        } finally {
            closeQuietly(lock);
            if (server != null) {
                server.close(); // its copy of the password, kept for reconnecting (ADR 0032)
            }
        }
    }

    /**
     * Puts a backup (or any workbench database file) in place of the library of {@code folder}, which no workbench
     * may have open. The backup is checked on a copy first; the library it replaces is kept as the newest backup;
     * the new file is moved into place whole.
     *
     * @throws StorageException when the folder is in use, or the backup cannot be read (nothing is changed then)
     */
    public static void restore(Path folder, Path backup, Clock clock) {
        restore(folder, backup, clock, null);
    }

    /** As {@link #restore(Path, Path, Clock)}, reading a protected backup with {@code password}. */
    public static void restore(Path folder, Path backup, Clock clock, char[] password) {
        LibraryRestore.restore(folder, backup, clock, password);
    }
}
