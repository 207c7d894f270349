package org.airisk.workbench.exchangedata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.exchange.PackageStore;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcPackageStore;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.testing.TestClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Password-protected packages: the same content as a clear one, and nothing opened or written unless intact. */
class EncryptedPackagesTest {
    private static final TemplateLibrary TEMPLATES = TemplateLibrary.load(null);
    /** The smallest Argon2id cost, so that thousands of refusals stay fast; the format carries the cost. */
    private static final EncryptedPackage CHEAP =
            new EncryptedPackage(new EncryptedPackage.Kdf(8, 1, 1), new SecureRandom());

    private static final char[] PASSWORD = "ridge-lantern-orchard-42".toCharArray();

    @TempDir
    Path dir;

    private static AssessmentPackages packages(WorkbenchDatabase db) {
        return new AssessmentPackages(new JdbcPackageStore(db, TestClock.FIXED), TEMPLATES, TestClock.FIXED, CHEAP);
    }

    /** Everything the library holds, as one clear package: equal before and after means nothing was written. */
    private static String everything(WorkbenchDatabase db) {
        List<UUID> ids = new JdbcAssessmentRepository(db, TestClock.FIXED)
                .list().stream().map(a -> a.id()).toList();
        return new PackageFormat()
                .write(new JdbcPackageStore(db, TestClock.FIXED).read(ids), TestClock.FIXED.instant(), "test");
    }

    @Test
    void anEncryptedPackageImportsTheSameContentAsAClearOne() throws Exception {
        Path clear = dir.resolve("clear.airisk.json");
        Path locked = dir.resolve("locked.airisk.json");
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("from"), TestClock.FIXED)) {
            UUID id = AssessmentPackagesTest.fill(db);
            packages(db).export(List.of(id), clear);
            packages(db).export(List.of(id), locked, PASSWORD.clone());
        }
        String text = Files.readString(locked);
        assertTrue(
                text.startsWith("{\"format\":\"airisk-encrypted-package\",\"formatVersion\":1,\"kdf\":"
                        + "{\"name\":\"argon2id\",\"version\":19,\"memoryKiB\":8,\"iterations\":1,\"parallelism\":1,"
                        + "\"salt\":"),
                text);
        assertFalse(text.contains("Helga"), "no answer or title in clear text");
        assertTrue(AssessmentPackages.isEncrypted(locked));
        assertFalse(AssessmentPackages.isEncrypted(clear));

        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("to"), TestClock.FIXED)) {
            AssessmentPackages to = packages(db);
            AssessmentPackages.Preview withoutPassword = to.preview(locked);
            assertEquals(
                    List.of(AssessmentPackages.NEEDS_PASSWORD),
                    withoutPassword.problems().stream().map(p -> p.message()).toList());
            AssessmentPackages.Preview preview = to.preview(locked, PASSWORD.clone());
            assertTrue(preview.ok(), preview.problems().toString());
            AssessmentPackages.Preview ofClear = to.preview(clear);
            assertEquals(
                    ofClear.assessments().stream().map(to::canonical).toList(),
                    preview.assessments().stream().map(to::canonical).toList());
            List<UUID> ids = to.apply(preview, PackageStore.Conflict.KEEP_BOTH);
            Path again = dir.resolve("again.airisk.json");
            to.export(ids, again);
            ObjectMapper json = new ObjectMapper();
            assertEquals(
                    json.readTree(clear.toFile()),
                    AssessmentPackagesTest.withoutTheImportEntry((ObjectNode) json.readTree(again.toFile())),
                    "the imported content is the exported");
        }
    }

    @Test
    void eachExportHasItsOwnSaltAndNonce() {
        byte[] content = "{}".getBytes(StandardCharsets.UTF_8);
        assertNotEquals(CHEAP.seal(content, PASSWORD), CHEAP.seal(content, PASSWORD));
    }

    @Test
    void aWrongPasswordEveryChangedByteAndACutOffFileAreRefusedAndNothingIsWritten() throws Exception {
        Path locked = dir.resolve("small.airisk.json");
        String before;
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("lib"), TestClock.FIXED)) {
            var small = new JdbcAssessmentRepository(db, TestClock.FIXED)
                    .create(new NewAssessment("Small", "S", "Al", "foundation-model-assessment", 1));
            packages(db).export(List.of(small.id()), locked, PASSWORD.clone());
            new JdbcAssessmentRepository(db, TestClock.FIXED).delete(small.id());
            before = everything(db);
        }
        byte[] original = Files.readAllBytes(locked);
        try (WorkbenchDatabase db = WorkbenchDatabase.open(dir.resolve("lib"), TestClock.FIXED)) {
            AssessmentPackages packages = packages(db);
            assertTrue(packages.preview(locked, PASSWORD.clone()).ok(), "the intact file opens");
            assertRefused(packages.preview(locked, "ridge-lantern-orchard-43".toCharArray()), "wrong password");
            assertRefused(packages.preview(locked, new char[0]), "empty password");

            Path changed = dir.resolve("changed.airisk.json");
            int refused = 0;
            for (int mask : new int[] {0x01, 0x20}) {
                for (int i = 0; i < original.length; i++) {
                    byte[] bytes = original.clone();
                    bytes[i] ^= (byte) mask;
                    Files.write(changed, bytes);
                    assertRefused(packages.preview(changed, PASSWORD.clone()), "byte " + i + " ^ " + mask);
                    refused++;
                }
            }
            assertEquals(2 * original.length, refused);
            for (int length : new int[] {0, 1, 40, original.length / 2, original.length - 2, original.length - 1}) {
                Files.write(changed, Arrays.copyOf(original, length));
                AssessmentPackages.Preview cut = packages.preview(changed, PASSWORD.clone());
                assertFalse(cut.ok(), "cut to " + length);
                if (length > 40) {
                    assertRefused(cut, "cut to " + length);
                }
            }
            assertEquals(before, everything(db), "the library is unchanged");
        }
    }

    @Test
    void aCostBeyondTheBoundsIsRefusedBeforeAnyKeyIsWorkedOut() {
        String sealed = CHEAP.seal("{}".getBytes(StandardCharsets.UTF_8), PASSWORD);
        for (String greedy : List.of(
                "\"memoryKiB\":" + (EncryptedPackage.Kdf.MAX_MEMORY_KIB + 1),
                "\"memoryKiB\":2147483647",
                "\"iterations\":1000000",
                "\"parallelism\":64")) {
            String changed = sealed.replace(
                    greedy.startsWith("\"memory")
                            ? "\"memoryKiB\":8"
                            : greedy.startsWith("\"iter") ? "\"iterations\":1" : "\"parallelism\":1",
                    greedy);
            assertNotEquals(sealed, changed);
            assertTimeoutPreemptively(
                    Duration.ofSeconds(2),
                    () -> assertEquals(
                            EncryptedPackage.REFUSED,
                            EncryptedPackage.open(changed, PASSWORD).problem()),
                    greedy);
        }
    }

    private static void assertRefused(AssessmentPackages.Preview preview, String what) {
        assertTrue(preview.refusedPassword(), what + ": " + preview.problems());
        assertEquals(
                "The file: " + EncryptedPackage.REFUSED,
                preview.problems().get(0).toString());
    }
}
