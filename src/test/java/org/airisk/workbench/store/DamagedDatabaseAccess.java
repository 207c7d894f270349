package org.airisk.workbench.store;

import java.nio.file.Path;

/** Damage a library file the way {@link DamagedDatabaseTest} does, for tests in other packages. */
public final class DamagedDatabaseAccess {
    private DamagedDatabaseAccess() {}

    public static void damage(Path file) throws Exception {
        DamagedDatabaseTest.damage(file);
    }
}
