package org.airisk.workbench.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
        Set<Integer> versions = new TreeSet<>(versions("/db/migration"));
        versions.addAll(versions("/db/vendor/" + Migrations.H2));
        assertEquals(
                Collections.max(versions), SchemaVersion.LATEST, "update SchemaVersion.LATEST with each new migration");
        assertEquals(versions.size(), SchemaVersion.MIGRATIONS, "update SchemaVersion.MIGRATIONS with each new one");
    }

    /** A script in one database's own SQL needs its twin for the other, or their schemas part. */
    @Test
    void everyVendorScriptHasItsTwinAndNoneIsAlsoCommon() throws Exception {
        List<Integer> h2 = versions("/db/vendor/" + Migrations.H2);
        assertEquals(h2, versions("/db/vendor/" + Migrations.POSTGRESQL));
        assertTrue(Collections.disjoint(h2, versions("/db/migration")));
    }

    private static List<Integer> versions(String folder) throws Exception {
        URI migrations = SchemaVersionTest.class.getResource(folder).toURI();
        Pattern versioned = Pattern.compile("V(\\d+)__.*\\.sql");
        try (Stream<Path> files = Files.list(Path.of(migrations))) {
            return files.map(p -> versioned.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .sorted()
                    .toList();
        }
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
