package org.airisk.workbench.store;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.airisk.workbench.assessment.StorageException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * The embedded H2 database in a data folder: opened once per run, brought up to date by Flyway, and shared by
 * the repositories through one connection. No H2 server is ever started.
 */
public final class WorkbenchDatabase implements AutoCloseable {
    static final String NAME = "workbench";
    static final String FILE_NAME = NAME + ".mv.db";
    /** Every MVStore file starts with this text header. */
    private static final String H2_HEADER = "H:2,";
    private static final int H2_ALREADY_IN_USE = 90020;

    private final Path folder;
    private final DataFolderLock lock;
    private final Connection connection;
    private final boolean createdNow;

    private WorkbenchDatabase(Path folder, DataFolderLock lock, Connection connection, boolean createdNow) {
        this.folder = folder;
        this.lock = lock;
        this.connection = connection;
        this.createdNow = createdNow;
    }

    /**
     * Opens (creating if needed) the database in {@code folder}.
     *
     * @throws StorageException with a message for the assessor when the folder is in use by another workbench,
     *                          the file is not a workbench database or is damaged, or the folder is not writable.
     *                          A file that is not a database is left exactly as it was. Also when the folder's
     *                          path holds a character the database cannot take in a file name (see {@link #url}).
     */
    public static WorkbenchDatabase open(Path folder) {
        // Checked before anything is created: a refused folder is left as it was (or not made at all).
        String url = url(folder);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new StorageException("The data folder " + folder + " cannot be created (" + e.getMessage()
                    + "). Check that you may write there, or start with --data-dir on another folder.", e);
        }
        DataFolderLock lock;
        try {
            lock = DataFolderLock.tryAcquire(folder)
                    .orElseThrow(() -> new StorageException(inUseMessage(folder)));
        } catch (IOException e) {
            throw new StorageException("The data folder " + folder + " cannot be used (" + e.getMessage()
                    + "). Check that you may write there, or start with --data-dir on another folder.", e);
        }
        try {
            Path file = folder.resolve(FILE_NAME);
            boolean createdNow = !Files.exists(file);
            if (!createdNow) {
                checkLooksLikeDatabase(file);
            }
            Connection connection = DriverManager.getConnection(url, "sa", "");
            if (!SchemaVersion.isCurrent(connection)) {
                connection.close();
                migrate(url, file);
                connection = DriverManager.getConnection(url, "sa", "");
            }
            connection.setAutoCommit(false);
            return new WorkbenchDatabase(folder, lock, connection, createdNow);
        } catch (SQLException e) {
            closeQuietly(lock);
            throw translate(e, folder.resolve(FILE_NAME));
        } catch (RuntimeException e) {
            closeQuietly(lock);
            throw e;
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
        Path absolute = folder.toAbsolutePath();
        String path = absolute.resolve(NAME).toString();
        if (path.indexOf(';') >= 0) {
            throw unusablePath(absolute, "';'", "the database would read the rest of the path as connection "
                    + "settings");
        }
        if (File.separatorChar != '\\' && path.indexOf('\\') >= 0) {
            throw unusablePath(absolute, "'\\'", "the database would read it as a folder separator and keep its "
                    + "file in another folder");
        }
        // Write each commit to the file at once: a killed process loses no committed answer.
        return "jdbc:h2:file:" + path + ";WRITE_DELAY=0";
    }

    private static StorageException unusablePath(Path folder, String character, String why) {
        return new StorageException("The data folder " + folder + " cannot be used: its path contains " + character
                + ", and " + why + ". Choose another folder whose path has no " + character + " (start with "
                + "--data-dir on it), or rename the folder.");
    }

    private static void migrate(String url, Path file) throws SQLException {
        try {
            Flyway.configure()
                    .dataSource(url, "sa", "")
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new StorageException("The database " + file + " could not be brought up to date ("
                    + firstLine(e.getMessage()) + "). It was left as it was; restore it from a backup or start with "
                    + "--data-dir on another folder.", e);
        }
    }

    private static void checkLooksLikeDatabase(Path file) {
        byte[] start = new byte[H2_HEADER.length()];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        } catch (IOException e) {
            throw new StorageException("The database file " + file + " cannot be read (" + e.getMessage()
                    + "). Check its permissions.", e);
        }
        if (read < start.length || !H2_HEADER.equals(new String(start, StandardCharsets.ISO_8859_1))) {
            throw new StorageException("The file " + file + " is not an AI Risk Workbench database, or it is "
                    + "damaged. It was left untouched. Move it somewhere safe (or restore it from a backup) and "
                    + "start again, or start with --data-dir on another folder.");
        }
    }

    private static StorageException translate(SQLException e, Path file) {
        if (e.getErrorCode() == H2_ALREADY_IN_USE) {
            return new StorageException(inUseMessage(file.getParent()), e);
        }
        return new StorageException("The database " + file + " could not be opened: it is damaged or was "
                + "written by an incompatible program (" + firstLine(e.getMessage()) + "). It was left as it "
                + "was. Restore it from a backup, or start with --data-dir on another folder.", e);
    }

    private static String inUseMessage(Path folder) {
        return "Another AI Risk Workbench is already using the data folder " + folder + ". Switch to that "
                + "window, or close it first. To run two at once, start this one with --data-dir on another folder.";
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "no detail";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static void closeQuietly(DataFolderLock lock) {
        try {
            lock.close();
        } catch (IOException ignored) {
            // The lock goes with the process anyway.
        }
    }

    Connection connection() {
        return connection;
    }

    public Path folder() {
        return folder;
    }

    /** True when this run created the database, i.e. the first start on this data folder. */
    public boolean createdNow() {
        return createdNow;
    }


    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Every change was committed when made; nothing is lost by a failed close.
        } finally {
            closeQuietly(lock);
        }
    }
}
