package org.airisk.workbench.comments;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.settings.UserIdentity;

/**
 * Writing comments, with the rules of a review: a reply joins the thread of the comment it answers; a thread is
 * resolved only once someone replied to it or with a reply saying why; a resolved thread can be re-opened. Each call
 * is saved in one transaction; refusals are {@link CommentRefused}, one sentence each.
 */
public final class CommentBook {
    private final CommentRepository repository;
    private final Clock clock;
    private final Supplier<UUID> ids;

    public CommentBook(CommentRepository repository, Clock clock) {
        this(repository, clock, UUID::randomUUID);
    }

    CommentBook(CommentRepository repository, Clock clock, Supplier<UUID> ids) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = ids;
    }

    /** Thrown when a comment or a change to a thread is refused; the message says why and what to do. */
    public static final class CommentRefused extends UserFacingProblem {
        public CommentRefused(String message) {
            super(message);
        }
    }

    public CommentThreads threads(UUID assessment) {
        return CommentThreads.of(repository.comments(assessment));
    }

    /** Opens a thread on the anchor. @param version the version commented on, or null for the working copy */
    public Comment comment(UUID assessment, CommentAnchor anchor, Integer version, String text, UserIdentity who) {
        Comment c = written(assessment, anchor, version, null, text, who);
        repository.save(List.of(c));
        return c;
    }

    /** Answers a comment; a reply to a reply joins the same thread. */
    public Comment reply(UUID to, String text, UserIdentity who) {
        Comment opening = opening(to);
        Comment c = written(opening.assessment(), opening.anchor(), opening.version(), opening.id(), text, who);
        repository.save(List.of(c));
        return c;
    }

    /**
     * Resolves the thread of a comment. With a non-blank reason, the reason is saved as a reply in the same
     * transaction; without one, the thread must have a reply already.
     */
    public void resolve(UUID thread, String reason, UserIdentity who) {
        Comment opening = opening(thread);
        if (opening.resolved()) {
            throw new CommentRefused("This thread is resolved already.");
        }
        boolean answered = threads(opening.assessment())
                .threadOf(opening.id())
                .map(t -> !t.replies().isEmpty())
                .orElse(false);
        boolean saysWhy = reason != null && !reason.isBlank();
        if (!answered && !saysWhy) {
            throw new CommentRefused("Reply to the comment first, or say why the thread is resolved.");
        }
        Comment resolved = opening.withResolution(new Resolution(true, who.recordedName(), clock.instant()));
        repository.save(
                saysWhy
                        ? List.of(
                                written(
                                        opening.assessment(),
                                        opening.anchor(),
                                        opening.version(),
                                        opening.id(),
                                        reason,
                                        who),
                                resolved)
                        : List.of(resolved));
    }

    /** Re-opens a resolved thread, say when the answer did not settle it. */
    public void reopen(UUID thread, UserIdentity who) {
        Comment opening = opening(thread);
        if (!opening.resolved()) {
            throw new CommentRefused("This thread is open already.");
        }
        repository.save(List.of(opening.withResolution(new Resolution(false, who.recordedName(), clock.instant()))));
    }

    private Comment opening(UUID comment) {
        Comment c = repository
                .find(comment)
                .orElseThrow(() -> new CommentRefused("There is no comment " + comment
                        + " in this library; `comments ID` lists the comments of an assessment with their ids."));
        if (c.opensThread()) {
            return c;
        }
        return repository
                .find(c.replyTo())
                .orElseThrow(() ->
                        new CommentRefused("The thread of comment " + comment + " is missing from this library."));
    }

    private Comment written(
            UUID assessment, CommentAnchor anchor, Integer version, UUID replyTo, String text, UserIdentity who) {
        String problem = Comment.problem(text);
        if (!problem.isEmpty()) {
            throw new CommentRefused(problem);
        }
        return new Comment(
                ids.get(),
                assessment,
                anchor,
                version,
                replyTo,
                who.recordedName(),
                who.role(),
                clock.instant(),
                text,
                null);
    }
}
