package org.airisk.workbench.comments;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Comments kept in a map, for the domain's rules without a database. */
final class MemoryComments implements CommentRepository {
    final Map<UUID, Comment> kept = new LinkedHashMap<>();
    int saves;

    @Override
    public List<Comment> comments(UUID assessment) {
        return new ArrayList<>(kept.values().stream().filter(c -> c.assessment().equals(assessment)).toList());
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
