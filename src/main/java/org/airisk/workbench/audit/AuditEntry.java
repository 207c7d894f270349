package org.airisk.workbench.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.UUID;

/**
 * One recorded change: a plain record, the same whether read from the library or (later) from a package.
 *
 * @param sequence 1 for an assessment's first entry, then one more for each
 * @param time     to the millisecond, so that it reads back from storage exactly as it was hashed
 * @param previous the hash of the entry before; null for the first
 * @param hash     SHA-256 of {@link #canonicalText()}, lower-case hex
 * @param databaseUser the team server's account that wrote the entry, filled in by the server (ADR 0040); empty in a
 *     library on this computer, in entries from before version 16 and in ones not yet stored. Not part of the hash:
 *     the entry is hashed before the server names the account, and a package's entries keep their hashes.
 */
public record AuditEntry(
        UUID assessment,
        int sequence,
        Instant time,
        String user,
        AuditKind kind,
        String subject,
        String before,
        String after,
        String previous,
        String hash,
        String databaseUser) {
    /** Names the canonical form; a new form gets a new name, so old entries keep checking. */
    static final String FORM = "airisk-audit-1";

    public AuditEntry {
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(kind, "kind");
        subject = subject == null ? "" : subject;
        databaseUser = databaseUser == null ? "" : databaseUser;
    }

    /** An entry without a database account: made here and not yet stored, or read from a package. */
    public AuditEntry(
            UUID assessment,
            int sequence,
            Instant time,
            String user,
            AuditKind kind,
            String subject,
            String before,
            String after,
            String previous,
            String hash) {
        this(assessment, sequence, time, user, kind, subject, before, after, previous, hash, "");
    }

    /**
     * Who made the change as the trail shows it: the person's name, and the server account in brackets when the
     * entry was written on a team server.
     */
    public String who() {
        return databaseUser.isEmpty() ? user : user + " (server account " + databaseUser + ")";
    }

    /** The entry that follows {@code head} for this event, made at {@code time} by {@code user}, with its hash. */
    public static AuditEntry next(AuditHead head, AuditEvent event, Instant time, String user) {
        AuditEntry unhashed = new AuditEntry(
                event.assessment(),
                head.entries() + 1,
                time.truncatedTo(ChronoUnit.MILLIS),
                user,
                event.kind(),
                event.subject(),
                event.before(),
                event.after(),
                head.hash(),
                null);
        return unhashed.withHash(unhashed.computedHash());
    }

    private AuditEntry withHash(String newHash) {
        return new AuditEntry(assessment, sequence, time, user, kind, subject, before, after, previous, newHash);
    }

    /**
     * The text the hash is taken of, one field a line in this order: the form's name, sequence, time (ISO-8601 UTC),
     * user, kind (its stored name), subject, before, after, previous hash. Free text is written as its length in
     * UTF-16 code units, a colon and the text, so no value can imitate a field boundary; an absent value is "-".
     * The assessment id is left out on purpose: a trail stays valid when a package is imported as a copy under a
     * new id (ADR 0017). Hashed as UTF-8.
     */
    public String canonicalText() {
        return FORM + '\n'
                + "sequence:" + sequence + '\n'
                + "time:" + time + '\n'
                + "user:" + sized(user) + '\n'
                + "kind:" + kind.name() + '\n'
                + "subject:" + sized(subject) + '\n'
                + "before:" + sized(before) + '\n'
                + "after:" + sized(after) + '\n'
                + "previous:" + (previous == null ? "-" : previous) + '\n';
    }

    private static String sized(String value) {
        return value == null ? "-" : value.length() + ":" + value;
    }

    /** The hash this entry's fields give now: differs from {@link #hash()} once any of them was changed. */
    public String computedHash() {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(canonicalText().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
