package org.airisk.workbench.store;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Set;

/** What someone editing the library's file outside the workbench could do to a stored sign-off, for tests. */
public final class SignOffTampering {
    private static final Set<String> COLUMNS =
            Set.of("comment", "reviewer_name", "signature", "signer_public_key", "signer_fingerprint");

    private SignOffTampering() {}

    /** The column's value in every stored decision, as text. */
    public static String read(Path folder, String column) throws SQLException {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder);
                PreparedStatement s =
                        db.connection().prepareStatement("SELECT " + checked(column) + " FROM review_decision");
                ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Overwrites the column of every stored decision, straight in the table. */
    public static void write(Path folder, String column, String value) throws SQLException {
        try (WorkbenchDatabase db = WorkbenchDatabase.open(folder);
                PreparedStatement s =
                        db.connection().prepareStatement("UPDATE review_decision SET " + checked(column) + " = ?")) {
            s.setString(1, value);
            s.executeUpdate();
            db.connection().commit();
        }
    }

    /** The text with one character changed, as one flipped byte of ASCII text does. */
    public static String flipped(String text, int at) {
        char c = text.charAt(at);
        return text.substring(0, at) + (char) (c ^ 1) + text.substring(at + 1);
    }

    /**
     * The base64 signature with one bit of its byte {@code at} flipped, still valid base64: flipping a character of
     * the text instead may leave the alphabet (a random key's signature decides), which tests a different refusal.
     */
    public static String flippedSignature(String base64, int at) {
        byte[] raw = Base64.getDecoder().decode(base64);
        raw[at] ^= 1;
        return Base64.getEncoder().encodeToString(raw);
    }

    private static String checked(String column) {
        if (!COLUMNS.contains(column)) {
            throw new IllegalArgumentException(column);
        }
        return column;
    }
}
