package org.airisk.workbench.store;

import java.nio.file.Path;

/** Child process that keeps a data folder open, as a running workbench does. */
public final class HoldOpenChild {
    public static void main(String[] args) throws InterruptedException {
        WorkbenchDatabase.open(Path.of(args[0]));
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
