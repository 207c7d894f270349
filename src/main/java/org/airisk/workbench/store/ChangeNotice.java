package org.airisk.workbench.store;

import java.util.Optional;
import java.util.UUID;

/**
 * One notice of V19's trigger: "pid assessment-id name", the name possibly empty. Read defensively: a notice in
 * another form (sent by hand, or by a newer version) is ignored.
 */
record ChangeNotice(int session, UUID assessment, String changedBy) {
    static Optional<ChangeNotice> read(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split(" ", 3);
        if (parts.length < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ChangeNotice(
                    Integer.parseInt(parts[0]), UUID.fromString(parts[1]), parts.length > 2 ? parts[2].strip() : ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The name to keep when one burst has two notices of an assessment: the later, unless it names nobody. */
    static String named(String earlier, String later) {
        return later.isBlank() ? earlier : later;
    }
}
