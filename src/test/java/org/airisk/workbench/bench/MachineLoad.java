package org.airisk.workbench.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * For benchmarks run on a shared machine: how busy it is (the load average) and how much processor time this
 * program has used, printed with the figures; and a guard that ends a program left running too long.
 */
final class MachineLoad {
    private MachineLoad() {}

    /** The 1, 5 and 15 minute load averages and this process's processor time so far. */
    static String now() {
        String load;
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            load = fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            load = "unknown";
        }
        double cpu = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1e9
                : Double.NaN;
        return "load average %s (1, 5, 15 min), %d processors; this process used %.1f s of processor time"
                .formatted(load, Runtime.getRuntime().availableProcessors(), cpu);
    }

    /** Ends the program with exit code 3 after {@code seconds}, whatever it is doing (a throw-away server with it). */
    static void stopAfter(long seconds) {
        Thread guard = new Thread(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(seconds));
                System.err.println("benchmark: out of time, stopping");
                System.exit(3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        guard.setDaemon(true);
        guard.start();
    }
}
