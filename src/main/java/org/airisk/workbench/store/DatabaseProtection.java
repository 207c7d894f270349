package org.airisk.workbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.airisk.workbench.assessment.LibraryBackups;
import org.airisk.workbench.assessment.StorageException;
import org.h2.tools.ChangeFileEncryption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Password protection of the library at rest, with H2's own AES file encryption (ADR 0014). The library must be
 * closed: each change is made on a copy, checked to open with the new password and to hold the same rows, and only
 * then moved into place whole. The backups follow the library, so no clear copy of a protected library is left in
 * them. A lost password cannot be recovered: nothing here keeps it.
 */
public final class DatabaseProtection {
    /** The shortest password accepted for protecting a library. */
    public static final int MIN_LENGTH = 8;
    /** Every file H2 encrypts starts with this text header (its salt follows). */
    private static final String ENCRYPTED_HEADER = "H2encrypt\n";
    /** H2's error when the file password does not decrypt the file. */
    static final int H2_WRONG_FILE_PASSWORD = 90049;

    private static final String CIPHER = "AES";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseProtection.class);

    private DatabaseProtection() {}

    /** True when the library in {@code dataFolder} is protected with a password. */
    public static boolean isProtected(Path dataFolder) {
        return isEncrypted(dataFolder.resolve(WorkbenchDatabase.FILE_NAME));
    }

    /** True when {@code file} is an H2 file encrypted with a password; false when it is not or cannot be read. */
    static boolean isEncrypted(Path file) {
        byte[] start = new byte[ENCRYPTED_HEADER.length()];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(start, 0, start.length) == start.length
                    && ENCRYPTED_HEADER.equals(new String(start, StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Connects to {@code url}; with a password, as an encrypted file. The password never goes into the URL: H2
     * takes the file password as the first part of the password, before a space, and the user's password (empty)
     * after it. The file password is the hex form of the password's UTF-8 bytes, so a password may hold spaces and
     * any character (H2 allows no space in a file password and would split on it).
     */
    static Connection connect(String url, char[] password) throws SQLException {
        if (password == null) {
            return DriverManager.getConnection(url, "sa", "");
        }
        return DriverManager.getConnection(encryptedUrl(url), "sa", h2Password(password));
    }

    static String encryptedUrl(String url) {
        return url + ";CIPHER=" + CIPHER;
    }

    static String h2Password(char[] password) {
        return new String(filePassword(password)) + " ";
    }

    private static char[] filePassword(char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        char[] hex = HexFormat.of().formatHex(raw).toCharArray();
        Arrays.fill(raw, (byte) 0);
        return hex;
    }

    /**
     * Encrypts the closed library of {@code dataFolder} and its backups with {@code password}.
     *
     * @throws StorageException when the folder is in use, the library is already protected or cannot be read, the
     *                          password is too short, or the encrypted copy could not be checked (nothing changed)
     */
    public static void protect(Path dataFolder, char[] password) {
        checkNewPassword(password);
        if (isProtected(dataFolder)) {
            throw new StorageException("The library is already protected with a password. To change it, use "
                    + "File \u203a Change password.");
        }
        convert(dataFolder, null, password);
        deleteTrace(dataFolder);
    }

    /** Encrypts the closed library and its backups with {@code replacement} in place of {@code current}. */
    public static void changePassword(Path dataFolder, char[] current, char[] replacement) {
        checkNewPassword(replacement);
        requireProtected(dataFolder);
        convert(dataFolder, current, replacement);
    }

    /** Decrypts the closed library and its backups: they are stored in clear again. */
    public static void removeProtection(Path dataFolder, char[] current) {
        requireProtected(dataFolder);
        convert(dataFolder, current, null);
    }

    private static void checkNewPassword(char[] password) {
        if (password == null || password.length < MIN_LENGTH) {
            throw new StorageException("The password is too short: use at least " + MIN_LENGTH + " characters.");
        }
    }

    private static void requireProtected(Path dataFolder) {
        if (!isProtected(dataFolder)) {
            throw new StorageException(
                    "The library is not protected with a password, so there is none to change " + "or remove.");
        }
    }

    private static void convert(Path folder, char[] from, char[] to) {
        WorkbenchDatabase.checkFolder(folder);
        Path file = folder.resolve(WorkbenchDatabase.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new StorageException("There is no library in " + folder + " to protect yet. Start the workbench "
                    + "once, then protect it.");
        }
        try (DataFolderLock lock = WorkbenchDatabase.lock(folder)) {
            Path converted;
            try {
                converted = convertedCopy(file, from, to);
            } catch (SQLException e) {
                if (e.getErrorCode() == H2_WRONG_FILE_PASSWORD) {
                    throw new PasswordNeeded("The password is wrong. Nothing was changed; try again.", true, e);
                }
                throw new StorageException(
                        "The library " + file + " cannot be read, so it was left as it was. "
                                + "Restore a backup first (File \u203a Restore from backup).",
                        e);
            }
            try {
                Files.move(converted, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                BackupFolder.deleteScratch(converted);
            }
            LOG.info("Library {}", to == null ? "protection removed" : "protected with a password");
            convertBackups(new BackupFolder(folder, null), from, to);
        } catch (IOException e) {
            LOG.warn("Protection not changed: {}", e.getClass().getSimpleName());
            throw new StorageException(
                    "The library could not be converted, so it was left as it was. Check the free " + "space in "
                            + folder + " and try again.",
                    e);
        }
    }

    /**
     * A copy of {@code file}, converted from one password (or none) to another, that opens with the new one and
     * holds the same rows as before; the caller moves or deletes it. The file itself is only copied.
     */
    private static Path convertedCopy(Path file, char[] from, char[] to) throws IOException, SQLException {
        Path scratch = Files.createTempDirectory(file.getParent(), ".protect-");
        Path copy = scratch.resolve(WorkbenchDatabase.FILE_NAME);
        try {
            Files.copy(file, copy);
            PrivateFiles.restrict(copy);
            Map<String, Long> rows = rowCounts(copy, from);
            ChangeFileEncryption.execute(
                    scratch.toString(),
                    WorkbenchDatabase.NAME,
                    CIPHER,
                    from == null ? null : filePassword(from),
                    to == null ? null : filePassword(to),
                    true);
            Map<String, Long> after = rowCounts(copy, to);
            if (!after.equals(rows) || isEncrypted(copy) != (to != null)) {
                throw new IOException("the converted copy does not hold the same rows");
            }
            return copy;
        } catch (IOException | SQLException | RuntimeException e) {
            BackupFolder.deleteScratch(copy);
            throw e;
        }
    }

    /**
     * Converts every backup as the library was. A backup that cannot be converted (damaged, or under another
     * password) is deleted when protecting, since it may hold the library in clear; it is kept when removing.
     */
    private static void convertBackups(BackupFolder backups, char[] from, char[] to) {
        for (LibraryBackups.Backup backup : backups.list()) {
            Path file = backup.file();
            try {
                Path converted = convertedCopy(file, from, to);
                try {
                    Files.move(converted, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    BackupFolder.deleteScratch(converted);
                }
            } catch (IOException | SQLException | RuntimeException e) {
                LOG.warn(
                        "Backup {} not converted: {}",
                        file.getFileName(),
                        e.getClass().getSimpleName());
                if (to != null) {
                    deleteQuietly(file);
                }
            }
        }
    }

    /** The number of rows in each table of a closed database file, opened read-only. */
    static Map<String, Long> rowCounts(Path file, char[] password) throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = connect(WorkbenchDatabase.readOnlyUrl(file.getParent()), password);
                Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = s.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES "
                    + "WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE'")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                // Names read from the database's own catalog, quoted as identifiers.
                try (ResultSet n = s.executeQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    n.next();
                    counts.put(table, n.getLong(1));
                }
            }
        }
        return counts;
    }

    /** H2's trace file may hold statements from before the protection. */
    private static void deleteTrace(Path folder) {
        deleteQuietly(folder.resolve(WorkbenchDatabase.NAME + ".trace.db"));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn(
                    "{} could not be deleted: {}",
                    file.getFileName(),
                    e.getClass().getSimpleName());
        }
    }
}
