package org.airisk.workbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.h2.mvstore.MVStoreTool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closing a library file that is mostly free space compacts it fully (ADR 0049). H2 compacts for a moment at every
 * close, which keeps a file in daily use small, but a bulk import of many assessments leaves a file several times
 * its data (1,414 MB for 162 MB at 100,000) that this moment does not shrink, and each close then copies all of it
 * into the backups. A full compaction writes the live data into a new file that then takes the old one's place
 * (6-7 s at 100,000); it runs after the window has gone, and a file that is killed half-way opens with all its data.
 */
final class LibraryCompaction {
    private static final Logger LOG = LoggerFactory.getLogger(LibraryCompaction.class);
    /** Smaller files are left to H2's own compaction: whatever they hold free costs little to keep or copy. */
    static final long LARGE_FILE_BYTES = 64L << 20;
    /** Compacted when less than this share of the file, in percent, holds data. */
    static final int MOSTLY_FREE_BELOW_PERCENT = 50;
    /**
     * Beside the library while it is compacted at closing: a workbench started meanwhile finds the folder in use
     * and can say why (the window has gone, the process is still at work). A left-over one, after a compaction
     * that was killed, is removed by the next workbench that opens the folder.
     */
    static final String MARKER = "workbench.compacting";

    private LibraryCompaction() {}

    /** True when a file of this size with this share of it in use is worth compacting fully at closing. */
    static boolean worthIt(long fileBytes, int percentInUse) {
        return fileBytes > LARGE_FILE_BYTES && percentInUse < MOSTLY_FREE_BELOW_PERCENT;
    }

    /**
     * How much of the file holds data: the share of the file its chunks take (space freed by earlier compactions
     * stays in the file) times the share of the chunks' bytes still live (a saved value leaves its old copy dead in
     * its chunk). After a bulk import of 100,000: 30% of the file in chunks, 82% of those live, 24% in use.
     */
    record Use(long fileBytes, int percentInUse) {
        static final Use UNKNOWN = new Use(-1, 100);
    }

    /** The file's use as the open database reports it; unknown when it does not say. */
    static Use use(Connection connection) throws SQLException {
        Map<String, String> info = new HashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet rows = s.executeQuery("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                        + "WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')")) {
            while (rows.next()) {
                info.put(rows.getString(1), rows.getString(2));
            }
        } finally {
            connection.commit();
        }
        try {
            return new Use(
                    Long.parseLong(info.get("info.FILE_SIZE")),
                    Integer.parseInt(info.get("info.FILL_RATE"))
                            * Integer.parseInt(info.get("info.CHUNKS_FILL_RATE"))
                            / 100);
        } catch (NumberFormatException e) {
            // A later H2 that reports these differently (or not at all): closed as before, bounded.
            LOG.warn("File use not read, no full compaction: {}", e.getMessage());
            return Use.UNKNOWN;
        }
    }

    /**
     * Closes the embedded database behind {@code connection}, fully compacted when {@link #worthIt} says so.
     *
     * @param file the library's file, for the sizes the log reports
     * @param starting told just before a full compaction starts
     */
    static void close(Connection connection, Path file, Runnable starting) throws SQLException {
        try {
            Use use = use(connection);
            if (worthIt(use.fileBytes(), use.percentInUse())) {
                long started = System.nanoTime();
                Path marker = file.resolveSibling(MARKER);
                starting.run();
                try (Statement s = connection.createStatement()) {
                    mark(marker);
                    // Copies before it frees: stopped half-way (a full disk, a killed process) the file is whole.
                    s.execute("SHUTDOWN COMPACT");
                } finally {
                    // H2 writes the compacted copy as a new file, with the umask's permissions (often 644).
                    PrivateFiles.restrictQuietly(file);
                    unmark(marker);
                }
                LOG.info(
                        "Library file compacted at closing: {} MB with {}% in use, now {} MB ({} ms)",
                        use.fileBytes() >> 20,
                        use.percentInUse(),
                        sizeOf(file) >> 20,
                        (System.nanoTime() - started) / 1_000_000);
            }
        } finally {
            // Closed whatever happened, or the database would stay open in this process, its folder still in use.
            connection.close();
        }
    }

    /**
     * Finishes a full compaction that was cut short where the file system could not replace the file in one move:
     * H2 then deletes the library and renames the compacted copy into its place, and a process killed between the
     * two leaves only the copy. H2 would finish this itself when it opens the file, but the workbench first looks
     * for the file to know whether the library is new, and must not take it for missing.
     */
    static void finishInterrupted(Path file) {
        MVStoreTool.compactCleanUp(file.toString());
    }

    /** True while a workbench is compacting the library in {@code folder} at closing (or was killed doing it). */
    static boolean underway(Path folder) {
        return Files.exists(folder.resolve(MARKER));
    }

    /** Removes what a compaction killed half-way left; only for a workbench holding the folder's lock. */
    static void clearLeftOver(Path folder) {
        unmark(folder.resolve(MARKER));
    }

    private static void mark(Path marker) {
        try {
            Files.writeString(marker, "The library beside this file is being compacted at closing.\n");
        } catch (IOException e) {
            LOG.warn("Compaction marker not written: {}", e.getMessage()); // only the message to a second start
        }
    }

    private static void unmark(Path marker) {
        try {
            Files.deleteIfExists(marker);
        } catch (IOException e) {
            LOG.warn("Compaction marker not removed: {}", e.getMessage());
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
