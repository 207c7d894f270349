package org.airisk.workbench.comments;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.airisk.workbench.assessment.UserFacingProblem;

/**
 * What a comment is about: the whole assessment, one question (by its id in the questionnaire), one risk (by its
 * catalog id) or one plan item (by its id in the assessment's plan).
 */
public record CommentAnchor(Kind kind, String target) {
    /** The longest question or risk id a comment can point at (the database's column for them). */
    public static final int MAX_TARGET = 200;

    /** What a comment can be anchored to; the word is how the command line and packages spell it. */
    public enum Kind {
        ASSESSMENT("assessment"),
        QUESTION("question"),
        RISK("risk"),
        PLAN_ITEM("plan");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }

        public static Kind ofWord(String word) {
            for (Kind k : values()) {
                if (k.word.equals(word)) {
                    return k;
                }
            }
            throw new UserFacingProblem("\"" + word + "\" is not something a comment can be on; use "
                    + "assessment, question, risk or plan.");
        }
    }

    public static final CommentAnchor WHOLE_ASSESSMENT = new CommentAnchor(Kind.ASSESSMENT, "");

    public CommentAnchor {
        Objects.requireNonNull(kind, "kind");
        target = target == null ? "" : target.strip();
        if (kind == Kind.ASSESSMENT) {
            if (!target.isEmpty()) {
                throw new UserFacingProblem(
                        "A comment on the whole assessment names nothing else; write " + "just \"assessment\".");
            }
        } else if (target.isEmpty()) {
            throw new UserFacingProblem(
                    "A comment on a " + kind.word + " needs the " + kind.word + "'s id, as in " + kind.word + ":ID.");
        } else if (target.length() > MAX_TARGET) {
            throw new UserFacingProblem("The " + kind.word + " id is longer than " + MAX_TARGET + " characters; no "
                    + kind.word + " has so long an id.");
        }
        if (kind == Kind.PLAN_ITEM) {
            try {
                target = UUID.fromString(target).toString();
            } catch (IllegalArgumentException e) {
                throw new UserFacingProblem("\"" + target + "\" is not a plan item id; plan item ids look "
                        + "like 3f2a9c4e-1b7d-4e8a-9f00-2c1d5e6f7a8b.");
            }
        }
    }

    public static CommentAnchor question(String id) {
        return new CommentAnchor(Kind.QUESTION, id);
    }

    public static CommentAnchor risk(String id) {
        return new CommentAnchor(Kind.RISK, id);
    }

    public static CommentAnchor planItem(UUID id) {
        return new CommentAnchor(Kind.PLAN_ITEM, id.toString());
    }

    /** As the command line takes it: "assessment", "question:Q1", "risk:R", "plan:ITEM-ID". */
    public static CommentAnchor parse(String text) {
        String t = text == null ? "" : text.strip();
        int colon = t.indexOf(':');
        String word = (colon < 0 ? t : t.substring(0, colon)).toLowerCase(Locale.ROOT);
        return new CommentAnchor(Kind.ofWord(word), colon < 0 ? "" : t.substring(colon + 1));
    }

    @Override
    public String toString() {
        return kind == Kind.ASSESSMENT ? kind.word : kind.word + ":" + target;
    }
}
