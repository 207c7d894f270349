package org.airisk.workbench.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs an outside tool (OpenSSL) as a receiver without the workbench would, for tests that check our files with it. */
public final class Processes {
    private Processes() {}

    /** What a run came to: its exit code (-1 when it could not run or timed out) and its output and errors. */
    public record Result(int code, String output) {}

    public static Result run(List<String> command) {
        try {
            Process process = new ProcessBuilder(new ArrayList<>(command))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out");
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return new Result(-1, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted");
        }
    }

    /** True where OpenSSL is installed, for tests that assume it. */
    public static boolean hasOpenSsl() {
        return run(List.of("openssl", "version")).code() == 0;
    }
}
