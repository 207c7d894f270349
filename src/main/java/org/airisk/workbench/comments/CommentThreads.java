package org.airisk.workbench.comments;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An assessment's comments as threads, grouped by what they are on: the whole assessment first, then questions,
 * risks and plan items; within an anchor the oldest thread first. Replies whose thread is missing (which the store
 * and the package reader never let in) are shown as threads of their own rather than lost.
 */
public final class CommentThreads {
    private static final Comparator<Comment> OLDEST_FIRST =
            Comparator.comparing(Comment::writtenAt).thenComparing(Comment::id);
    private final List<CommentThread> threads;

    private CommentThreads(List<CommentThread> threads) {
        this.threads = List.copyOf(threads);
    }

    public static CommentThreads of(List<Comment> comments) {
        Map<UUID, Comment> byId = new LinkedHashMap<>();
        comments.forEach(c -> byId.put(c.id(), c));
        Map<UUID, List<Comment>> replies = new LinkedHashMap<>();
        List<Comment> openings = new ArrayList<>();
        for (Comment c : comments) {
            if (c.opensThread() || !byId.containsKey(c.replyTo())) {
                openings.add(c);
            } else {
                replies.computeIfAbsent(c.replyTo(), k -> new ArrayList<>()).add(c);
            }
        }
        openings.sort(Comparator.comparing((Comment c) -> c.anchor().kind()).thenComparing(OLDEST_FIRST));
        List<CommentThread> threads = new ArrayList<>();
        for (Comment opening : openings) {
            List<Comment> answers = new ArrayList<>(replies.getOrDefault(opening.id(), List.of()));
            answers.sort(OLDEST_FIRST);
            threads.add(new CommentThread(opening, answers));
        }
        return new CommentThreads(threads);
    }

    public List<CommentThread> all() {
        return threads;
    }

    /** Threads per anchor, in the order above. */
    public Map<CommentAnchor, List<CommentThread>> byAnchor() {
        Map<CommentAnchor, List<CommentThread>> result = new LinkedHashMap<>();
        threads.forEach(
                t -> result.computeIfAbsent(t.anchor(), k -> new ArrayList<>()).add(t));
        return result;
    }

    /** The thread a comment (opening or reply) belongs to. */
    public Optional<CommentThread> threadOf(UUID comment) {
        return threads.stream()
                .filter(t ->
                        t.opening().id().equals(comment) || t.replies().stream().anyMatch(r -> r.id().equals(comment)))
                .findFirst();
    }

    public long openCount() {
        return threads.stream().filter(t -> !t.resolved()).count();
    }

    public long resolvedCount() {
        return threads.stream().filter(CommentThread::resolved).count();
    }

    public boolean isEmpty() {
        return threads.isEmpty();
    }
}
