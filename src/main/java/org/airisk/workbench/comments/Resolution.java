package org.airisk.workbench.comments;

import java.time.Instant;
import java.util.Objects;
import org.airisk.workbench.assessment.UserFacingProblem;

/**
 * The last time a thread was resolved or re-opened, and by whom. When the same thread was changed on two machines,
 * the later change is the one kept (see {@link CommentMerge}).
 */
public record Resolution(boolean resolved, String by, Instant at) {
    public Resolution {
        by = by == null ? "" : by.strip();
        Objects.requireNonNull(at, "at");
        if (by.length() > Comment.MAX_NAME) {
            throw new UserFacingProblem(
                    "The name of who resolved the thread is longer than " + Comment.MAX_NAME + " characters.");
        }
    }
}
