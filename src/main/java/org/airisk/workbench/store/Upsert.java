package org.airisk.workbench.store;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Insert-or-update of one row by its key, written as the SQL standard's MERGE, which H2 and PostgreSQL (15 and later)
 * both run: the same repository code serves a local library and a team workspace (ADR 0023). H2's shorter
 * {@code MERGE ... KEY (...)} is H2's alone.
 */
final class Upsert {
    private Upsert() {}

    /**
     * The statement that writes {@code values} (one expression per column, in the order of {@code columns}; mostly
     * {@code ?}) into {@code table}, updating the row whose {@code key} columns match, else inserting it.
     *
     * @param key     the key columns, comma-separated
     * @param columns every column written, keys included, comma-separated
     * @param values  the row's value expressions, comma-separated, bound in that order
     */
    static String sql(String table, String key, String columns, String values) {
        List<String> keys = split(key);
        List<String> all = split(columns);
        String on = keys.stream().map(k -> "t." + k + " = v." + k).collect(Collectors.joining(" AND "));
        String set = all.stream()
                .filter(c -> !keys.contains(c))
                .map(c -> c + " = v." + c)
                .collect(Collectors.joining(", "));
        String inserted = all.stream().map(c -> "v." + c).collect(Collectors.joining(", "));
        return "MERGE INTO " + table + " AS t USING (VALUES (" + values + ")) AS v(" + String.join(", ", all)
                + ") ON " + on + (set.isEmpty() ? "" : " WHEN MATCHED THEN UPDATE SET " + set)
                + " WHEN NOT MATCHED THEN INSERT (" + String.join(", ", all) + ") VALUES (" + inserted + ")";
    }

    private static List<String> split(String names) {
        return Arrays.stream(names.split(",")).map(String::strip).toList();
    }
}
