package org.airisk.workbench.comments;

import java.util.List;

/** A thread: the comment that opened it and its replies, oldest first. */
public record CommentThread(Comment opening, List<Comment> replies) {
    public CommentThread {
        replies = List.copyOf(replies);
    }

    public CommentAnchor anchor() {
        return opening.anchor();
    }

    public boolean resolved() {
        return opening.resolved();
    }

    public int size() {
        return 1 + replies.size();
    }
}
