package org.airisk.workbench.evidence;

import java.util.Objects;
import java.util.Optional;

/** What a piece of evidence supports: the whole assessment, one question, one risk or one plan item. */
public record EvidenceAnchor(Kind kind, String ref) {
    public static final EvidenceAnchor WHOLE_ASSESSMENT = new EvidenceAnchor(Kind.ASSESSMENT, "");

    public enum Kind {
        ASSESSMENT("assessment"),
        QUESTION("question"),
        RISK("risk"),
        PLAN_ITEM("plan");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public EvidenceAnchor {
        Objects.requireNonNull(kind, "kind");
        ref = ref == null ? "" : ref.strip();
        if (kind != Kind.ASSESSMENT && ref.isEmpty()) {
            throw new IllegalArgumentException("evidence on a " + kind.code() + " needs its id");
        }
        if (kind == Kind.ASSESSMENT) {
            ref = "";
        }
    }

    public static EvidenceAnchor question(String id) {
        return new EvidenceAnchor(Kind.QUESTION, id);
    }

    public static EvidenceAnchor risk(String id) {
        return new EvidenceAnchor(Kind.RISK, id);
    }

    public static EvidenceAnchor planItem(String id) {
        return new EvidenceAnchor(Kind.PLAN_ITEM, id);
    }

    /** "question:Q1", "risk:atlas-hallucination", "plan:…", or "assessment": how files and the command line say it. */
    public String encode() {
        return kind == Kind.ASSESSMENT ? kind.code() : kind.code() + ":" + ref;
    }

    /** Reads {@link #encode()}'s form; empty for anything else. */
    public static Optional<EvidenceAnchor> decode(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        int colon = t.indexOf(':');
        String code = colon < 0 ? t : t.substring(0, colon);
        String ref = colon < 0 ? "" : t.substring(colon + 1);
        for (Kind k : Kind.values()) {
            if (k.code().equals(code) && (k == Kind.ASSESSMENT) == ref.isBlank()) {
                return Optional.of(new EvidenceAnchor(k, ref));
            }
        }
        return Optional.empty();
    }
}
