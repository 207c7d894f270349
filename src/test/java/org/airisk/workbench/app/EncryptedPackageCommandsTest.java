package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.airisk.workbench.exchangedata.EncryptedPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export --encrypt, import and validate of a password-protected package, the password always from a file. */
class EncryptedPackageCommandsTest {
    @TempDir
    Path dir;

    /** A password file with these lines. */
    private Path passwordFile(String name, String lines) throws Exception {
        return Files.writeString(dir.resolve(name), lines);
    }

    @Test
    void aProtectedPackageIsExportedCheckedAndImportedWithItsPasswordFileAndRefusedWithAWrongOne() throws Exception {
        Path mine = dir.resolve("mine");
        String id = CommandLineTest.tutor(mine);
        Path password = passwordFile("password.txt", "ridge-lantern-orchard-42\nsecond line is ignored\n");
        Path wrong = passwordFile("wrong.txt", "ridge-lantern-orchard-43\n");
        Path file = dir.resolve("tutor.airisk.json");

        CommandLineRun export = CommandLineRun.of(
                "export",
                "--data-dir",
                mine.toString(),
                "--encrypt",
                "--package-password-file",
                password.toString(),
                "--out",
                file.toString(),
                id);
        assertEquals(0, export.code(), export.err());
        assertEquals("", export.err(), "a long password gets no note");
        String text = Files.readString(file);
        assertTrue(text.startsWith("{\"format\":\"" + EncryptedPackage.FORMAT + "\""), text);
        assertTrue(text.contains("\"memoryKiB\":65536,\"iterations\":3,\"parallelism\":1"), "the real cost");
        assertFalse(text.contains("Tutor"), "nothing in clear text");

        CommandLineRun unchecked = CommandLineRun.of("validate", "--data-dir", mine.toString(), file.toString());
        assertEquals(1, unchecked.code());
        assertEquals(
                "tutor.airisk.json: an encrypted assessment package; give --package-password-file to check its "
                        + "content.",
                unchecked.err().strip());
        CommandLineRun valid = CommandLineRun.of(
                "validate",
                "--data-dir",
                mine.toString(),
                "--package-password-file",
                password.toString(),
                file.toString());
        assertEquals(0, valid.code(), valid.err());
        assertTrue(valid.out().contains("a valid assessment package"), valid.out());
        CommandLineRun invalid = CommandLineRun.of(
                "validate",
                "--data-dir",
                mine.toString(),
                "--package-password-file",
                wrong.toString(),
                file.toString());
        assertEquals(1, invalid.code());
        assertTrue(invalid.err().contains(EncryptedPackage.REFUSED), invalid.err());

        Path theirs = dir.resolve("theirs");
        String before =
                CommandLineRun.of("list", "--data-dir", theirs.toString()).out();
        CommandLineRun refused = CommandLineRun.of(
                "import",
                "--data-dir",
                theirs.toString(),
                "--package-password-file",
                wrong.toString(),
                file.toString());
        assertEquals(1, refused.code());
        assertTrue(
                refused.err().startsWith("tutor.airisk.json: The file: " + EncryptedPackage.REFUSED + "\n"),
                refused.err());
        assertTrue(refused.err().contains("nothing was imported; the library is unchanged."), refused.err());
        assertEquals(
                before,
                CommandLineRun.of("list", "--data-dir", theirs.toString()).out(),
                "nothing written");

        CommandLineRun imported = CommandLineRun.of(
                "import",
                "--data-dir",
                theirs.toString(),
                "--package-password-file",
                password.toString(),
                file.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(
                CommandLineRun.of("list", "--data-dir", theirs.toString()).out().contains(id + "\tTutor bot review\t"));

        // the same library as the clear package's import gives
        Path clear = dir.resolve("clear.airisk.json");
        Path viaClear = dir.resolve("via-clear");
        assertEquals(
                0,
                CommandLineRun.of("export", "--data-dir", mine.toString(), "--out", clear.toString(), id)
                        .code());
        assertEquals(
                0,
                CommandLineRun.of("import", "--data-dir", viaClear.toString(), clear.toString())
                        .code());
        Path fromClear = dir.resolve("from-clear.airisk.json");
        Path fromEncrypted = dir.resolve("from-encrypted.airisk.json");
        assertEquals(
                0,
                CommandLineRun.of("export", "--data-dir", viaClear.toString(), "--out", fromClear.toString(), id)
                        .code());
        assertEquals(
                0,
                CommandLineRun.of("export", "--data-dir", theirs.toString(), "--out", fromEncrypted.toString(), id)
                        .code());
        assertEquals(Files.readString(fromClear), Files.readString(fromEncrypted), "the same content");
    }

    @Test
    void aShortPasswordIsNotedAndMisusedOptionsAreRefusedPlainly() throws Exception {
        Path mine = dir.resolve("mine");
        String id = CommandLineTest.tutor(mine);
        Path shortOne = passwordFile("short.txt", "tulip\n");
        Path file = dir.resolve("t.airisk.json");
        CommandLineRun export = CommandLineRun.of(
                "export",
                "--data-dir",
                mine.toString(),
                "--encrypt",
                "--package-password-file",
                shortOne.toString(),
                "--out",
                file.toString(),
                id);
        assertEquals(0, export.code(), export.err());
        assertTrue(export.err().contains("fewer than 12 characters"), export.err());

        CommandLineRun noEncrypt = CommandLineRun.of(
                "export",
                "--data-dir",
                mine.toString(),
                "--package-password-file",
                shortOne.toString(),
                "--out",
                dir.resolve("x.airisk.json").toString(),
                id);
        assertEquals(1, noEncrypt.code());
        assertTrue(noEncrypt.err().contains("add --encrypt"), noEncrypt.err());
        CommandLineRun report = CommandLineRun.of(
                "export",
                "--data-dir",
                mine.toString(),
                "--encrypt",
                "--format",
                "pdf",
                "--package-password-file",
                shortOne.toString(),
                "--out",
                dir.resolve("x.pdf").toString(),
                id);
        assertEquals(1, report.code());
        assertTrue(report.err().contains("a report is meant to be read"), report.err());
        assertFalse(Files.exists(dir.resolve("x.pdf")));

        Path empty = passwordFile("empty.txt", "\nsecret on the second line\n");
        CommandLineRun none = CommandLineRun.of(
                "import",
                "--data-dir",
                dir.resolve("theirs").toString(),
                "--package-password-file",
                empty.toString(),
                file.toString());
        assertEquals(1, none.code());
        assertEquals(
                "ai-risk-workbench: The password file " + empty + " has no password on its first line.",
                none.err().strip());
        // tests run without a console: asked for a password there, the command says how to give one
        CommandLineRun noConsole =
                CommandLineRun.of("import", "--data-dir", dir.resolve("theirs").toString(), file.toString());
        assertEquals(1, noConsole.code());
        assertTrue(noConsole.err().contains("give --package-password-file FILE"), noConsole.err());
    }
}
