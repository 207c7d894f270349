package org.airisk.workbench.comments;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Comments from two sides of a round trip (the library's and a package's) as one list: the same id is the same
 * comment, kept once. A comment's text never changes, so only its thread's state can differ: the later resolution or
 * re-opening wins, and on a tie the incoming side's.
 */
public final class CommentMerge {
    private CommentMerge() {}

    public static List<Comment> of(Collection<Comment> kept, Collection<Comment> incoming) {
        Map<UUID, Comment> merged = new LinkedHashMap<>();
        kept.forEach(c -> merged.put(c.id(), c));
        for (Comment c : incoming) {
            Comment mine = merged.get(c.id());
            merged.put(c.id(), mine == null || changedAt(c).compareTo(changedAt(mine)) >= 0 ? c : mine);
        }
        return new ArrayList<>(merged.values());
    }

    private static Instant changedAt(Comment c) {
        return c.resolution() == null ? Instant.MIN : c.resolution().at();
    }
}
