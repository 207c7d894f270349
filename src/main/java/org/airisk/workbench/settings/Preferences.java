package org.airisk.workbench.settings;

import java.util.Optional;

/** Small named values the app remembers between runs: theme, window placement, last assessment. */
public interface Preferences {
    Optional<String> get(String key);

    void put(String key, String value);
}
