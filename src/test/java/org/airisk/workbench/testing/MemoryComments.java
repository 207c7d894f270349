package org.airisk.workbench.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.airisk.workbench.comments.Comment;
import org.airisk.workbench.comments.CommentRepository;

/** Comments kept in a map, for the domain's rules without a database. */
public final class MemoryComments implements CommentRepository {
    private final Map<UUID, Comment> kept = new LinkedHashMap<>();
    private int saves;

    /** How many times save was called: each is one transaction. */
    public int saves() {
        return saves;
    }

    @Override
    public List<Comment> comments(UUID assessment) {
        return new ArrayList<>(kept.values().stream()
                .filter(c -> c.assessment().equals(assessment))
                .toList());
    }

    @Override
    public Optional<Comment> find(UUID comment) {
        return Optional.ofNullable(kept.get(comment));
    }

    @Override
    public void save(List<Comment> comments) {
        saves++;
        comments.forEach(c -> kept.put(c.id(), c));
    }
}
