package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionTest {
    @TempDir
    Path folder;

    @Test
    void latestMatchesTheNewestMigrationFile() throws Exception {
        URI migrations = SchemaVersionTest.class.getResource("/db/migration").toURI();
        Pattern versioned = Pattern.compile("V(\\d+)__.*\\.sql");
        int[] versions;
        try (Stream<Path> files = Files.list(Path.of(migrations))) {
            versions = files.map(p -> versioned.matcher(p.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).toArray();
        }
        assertEquals(java.util.Arrays.stream(versions).max().orElse(0), SchemaVersion.LATEST,
                "update SchemaVersion.LATEST with each new migration");
        assertEquals(versions.length, SchemaVersion.MIGRATIONS, "update SchemaVersion.MIGRATIONS with each new one");
    }

    @Test
    void aMigratedDatabaseIsCurrentAndReopensWithoutFlyway() {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            assertTrue(SchemaVersion.isCurrent(db.connection()));
        }
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder)) {
            assertTrue(SchemaVersion.isCurrent(db.connection()));
        }
    }
}
