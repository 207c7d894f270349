package org.airisk.workbench.comments;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.airisk.workbench.assessment.UserFacingProblem;

/**
 * One comment a reviewer or the author wrote on an assessment. A comment that replies to none opens a thread, which
 * can be resolved and re-opened ({@link #resolution()}); a reply belongs to the thread it answers and shares its
 * anchor. The text is never edited after it was written.
 *
 * @param version    the numbered version of the assessment it was made on, or null when made on the working copy
 * @param replyTo    the thread's opening comment, or null when this comment opens a thread
 * @param resolution null while a thread was never resolved (and always for a reply)
 */
public record Comment(
        UUID id,
        UUID assessment,
        CommentAnchor anchor,
        Integer version,
        UUID replyTo,
        String author,
        String authorRole,
        Instant writtenAt,
        String text,
        Resolution resolution) {
    /** The longest comment kept: about four pages; longer text is refused with a message, never cut. */
    public static final int MAX_TEXT = 10_000;
    /** As a user's name and role (settings.UserIdentity). */
    public static final int MAX_NAME = 200;

    public Comment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(assessment, "assessment");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(writtenAt, "writtenAt");
        author = author == null ? "" : author.strip();
        authorRole = authorRole == null ? "" : authorRole.strip();
        String problem = problem(text);
        if (!problem.isEmpty()) {
            throw new UserFacingProblem(problem);
        }
        if (author.length() > MAX_NAME || authorRole.length() > MAX_NAME) {
            throw new UserFacingProblem("The author's name and role are kept to " + MAX_NAME + " characters each.");
        }
        if (version != null && version < 1) {
            throw new UserFacingProblem("A comment is made on version 1 or later, not " + version + ".");
        }
        if (replyTo != null && resolution != null) {
            throw new UserFacingProblem("A reply is not resolved on its own; its thread is.");
        }
        if (id.equals(replyTo)) {
            throw new UserFacingProblem("A comment cannot reply to itself.");
        }
    }

    /** Empty when the text can be kept, else one sentence saying what to change. */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "Write something: a comment cannot be empty.";
        }
        if (text.length() > MAX_TEXT) {
            return "A comment is kept to " + String.format(Locale.ROOT, "%,d", MAX_TEXT)
                    + " characters; this one has " + String.format(Locale.ROOT, "%,d", text.length())
                    + ". Shorten it or split it into replies.";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return "A comment cannot hold control characters (other than line breaks and tabs); remove them.";
            }
        }
        return "";
    }

    public boolean opensThread() {
        return replyTo == null;
    }

    public boolean resolved() {
        return resolution != null && resolution.resolved();
    }

    /** The author as lists show them: "Ada Lovelace, Chair". */
    public String byline() {
        String name = author.isEmpty() ? "Unnamed user" : author;
        return authorRole.isEmpty() ? name : name + ", " + authorRole;
    }

    public Comment withResolution(Resolution r) {
        return new Comment(id, assessment, anchor, version, replyTo, author, authorRole, writtenAt, text, r);
    }

    /** The same comment in another assessment (a copy kept beside the original), possibly on another anchor. */
    public Comment movedTo(UUID otherAssessment, CommentAnchor otherAnchor) {
        return new Comment(
                id, otherAssessment, otherAnchor, version, replyTo, author, authorRole, writtenAt, text, resolution);
    }
}
