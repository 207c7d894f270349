package org.airisk.workbench.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A main class of the test class path run in its own JVM (for what ends the toolkit or sets up logging). */
record AppChild(int code, String output, boolean ended) {
    /** JavaFX without a display, as the GUI tests run it. */
    static final List<String> HEADLESS_FX = List.of(
            "-Dglass.platform=Monocle",
            "-Dmonocle.platform=Headless",
            "-Dprism.order=sw",
            "-Dprism.text=t2k",
            "-Djava.awt.headless=true");

    static AppChild run(List<String> jvmOptions, Class<?> main, String... args) throws Exception {
        Process process = new ProcessBuilder(command(jvmOptions, main, args))
                .redirectErrorStream(true)
                .start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the child ended");
        return new AppChild(process.exitValue(), new String(output, StandardCharsets.UTF_8), true);
    }

    /**
     * As {@link #run}, without the variables named in {@code unset}, and stopped after {@code seconds}: a child
     * that does not end by then is killed and reported as not ended, with what it printed so far.
     */
    static AppChild runWithin(int seconds, List<String> jvmOptions, List<String> unset, Class<?> main, String... args)
            throws Exception {
        Path log = Files.createTempFile("app-child", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command(jvmOptions, main, args))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            unset.forEach(builder.environment()::remove);
            Process process = builder.start();
            process.getOutputStream().close();
            boolean ended = process.waitFor(seconds, TimeUnit.SECONDS);
            if (!ended) {
                process.destroyForcibly().waitFor();
            }
            return new AppChild(ended ? process.exitValue() : -1, Files.readString(log), ended);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** This JVM's java, on the test class path, starting {@code main} with the options and arguments given. */
    private static List<String> command(List<String> jvmOptions, Class<?> main, String... args) {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx384m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
