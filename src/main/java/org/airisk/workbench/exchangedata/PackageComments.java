package org.airisk.workbench.exchangedata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.airisk.workbench.comments.Comment;
import org.airisk.workbench.comments.CommentAnchor;
import org.airisk.workbench.comments.Resolution;
import org.airisk.workbench.exchange.PackageProblem;
import org.airisk.workbench.scoring.MitigationPlan;

/**
 * The optional "comments" list of an assessment in a package: written only when there are comments, never part of
 * the canonical JSON the content hash is computed from (docs/decisions/0018), and read back with every thread
 * checked: unique ids, replies to a thread of the same assessment on the same anchor, plan items that exist.
 */
final class PackageComments {
    private PackageComments() {}

    static ArrayNode write(List<Comment> comments) {
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        comments.stream()
                .sorted(Comparator.comparing(Comment::writtenAt).thenComparing(Comment::id))
                .forEach(c -> {
                    ObjectNode node = list.addObject();
                    node.put("id", c.id().toString());
                    node.put("on", c.anchor().kind().word());
                    if (c.anchor().kind() != CommentAnchor.Kind.ASSESSMENT) {
                        node.put("target", c.anchor().target());
                    }
                    if (c.version() != null) {
                        node.put("version", c.version());
                    }
                    if (c.replyTo() != null) {
                        node.put("replyTo", c.replyTo().toString());
                    }
                    node.put("author", c.author());
                    node.put("authorRole", c.authorRole());
                    node.put("writtenAt", c.writtenAt().toString());
                    node.put("text", c.text());
                    if (c.resolution() != null) {
                        node.putObject("resolution")
                                .put("resolved", c.resolution().resolved())
                                .put("by", c.resolution().by())
                                .put("at", c.resolution().at().toString());
                    }
                });
        return list;
    }

    /**
     * @param list    the schema-checked "comments" array, or null when the assessment has none
     * @param instant reads a moment, adding a problem at the path when it is not one
     */
    static List<Comment> read(
            JsonNode list,
            UUID assessment,
            MitigationPlan plan,
            String path,
            BiFunction<JsonNode, String, Instant> instant,
            List<PackageProblem> problems) {
        if (list == null) {
            return List.of();
        }
        Set<String> planItems =
                plan.items().stream().map(i -> i.id().toString()).collect(Collectors.toSet());
        Map<UUID, Integer> at = new HashMap<>();
        List<Comment> comments = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            String here = path + ".comments[" + i + "]";
            UUID id = UUID.fromString(n.get("id").asText());
            Integer first = at.putIfAbsent(id, i);
            if (first != null) {
                problems.add(new PackageProblem(
                        here + ".id", "comments[" + first + "] has this id too; each " + "comment needs its own id."));
                continue;
            }
            try {
                CommentAnchor anchor = new CommentAnchor(
                        CommentAnchor.Kind.ofWord(n.get("on").asText()),
                        n.path("target").asText(""));
                if (anchor.kind() == CommentAnchor.Kind.PLAN_ITEM && !planItems.contains(anchor.target())) {
                    problems.add(new PackageProblem(
                            here + ".target",
                            "the comment is on plan item " + anchor.target()
                                    + ", which is not in this assessment's plan."));
                    continue;
                }
                JsonNode r = n.get("resolution");
                Resolution resolution = r == null
                        ? null
                        : new Resolution(
                                r.get("resolved").asBoolean(),
                                r.get("by").asText(),
                                instant.apply(r.get("at"), here + ".resolution.at"));
                comments.add(new Comment(
                        id,
                        assessment,
                        anchor,
                        n.has("version") ? n.get("version").asInt() : null,
                        n.has("replyTo") ? UUID.fromString(n.get("replyTo").asText()) : null,
                        n.get("author").asText(),
                        n.get("authorRole").asText(),
                        instant.apply(n.get("writtenAt"), here + ".writtenAt"),
                        n.get("text").asText(),
                        resolution));
            } catch (IllegalArgumentException e) {
                problems.add(new PackageProblem(here, e.getMessage()));
            }
        }
        threads(comments, at, path, problems);
        return comments;
    }

    /** A reply answers the opening comment of a thread of the same assessment, on the same anchor. */
    private static void threads(
            List<Comment> comments, Map<UUID, Integer> at, String path, List<PackageProblem> problems) {
        Map<UUID, Comment> byId = new HashMap<>();
        comments.forEach(c -> byId.put(c.id(), c));
        for (Comment c : comments) {
            if (c.opensThread()) {
                continue;
            }
            String here = path + ".comments[" + at.get(c.id()) + "].replyTo";
            Comment opening = byId.get(c.replyTo());
            if (opening == null) {
                problems.add(new PackageProblem(
                        here,
                        "the comment replies to " + c.replyTo() + ", which is not "
                                + "among this assessment's comments; a reply needs the comment it answers."));
            } else if (!opening.opensThread()) {
                problems.add(new PackageProblem(
                        here,
                        "the comment replies to a reply; a reply names the comment " + "that opened its thread ("
                                + opening.replyTo() + ")."));
            } else if (!opening.anchor().equals(c.anchor())) {
                problems.add(new PackageProblem(
                        here,
                        "the reply is on " + c.anchor() + " but its thread is on " + opening.anchor()
                                + "; a reply is on what its thread is on."));
            }
        }
    }
}
