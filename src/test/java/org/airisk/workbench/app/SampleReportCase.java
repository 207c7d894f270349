package org.airisk.workbench.app;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A report test on a fresh {@link SampleReportLibrary} in a temporary folder, closed after each test. */
abstract class SampleReportCase {
    @TempDir
    Path dir;

    SampleReportLibrary library;

    @BeforeEach
    void openSample() throws Exception {
        library = new SampleReportLibrary(dir);
    }

    @AfterEach
    void closeSample() {
        library.close();
    }
}
