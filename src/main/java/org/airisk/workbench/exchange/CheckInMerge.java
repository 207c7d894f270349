package org.airisk.workbench.exchange;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.comments.Comment;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;

/**
 * The three-way merge of an assessment checked in after working offline (ADR 0041): {@code base} is the team
 * workspace's copy when it was checked out, {@code mine} the copy worked on offline, {@code theirs} the workspace's
 * copy now. Answers (with their notes), the title, AI system and owner, plan items and rating overrides are merged
 * one by one: a change on one side only is taken, the same change on both sides is taken once, and different
 * changes on both sides are conflicts, which the assessor settles one by one (keep mine or keep theirs). Review
 * comments merge the same way by id (written on either side: kept; a thread resolved differently on both: a
 * conflict), and evidence files attached offline are carried over. Everything else (status, questionnaire, scoring
 * method) is the workspace's; when the two copies follow different versions of the questionnaire, nothing is merged.
 */
public final class CheckInMerge {
    /** What a conflict is about. */
    public enum Kind {
        ANSWER("question"),
        DETAIL("detail"),
        PLAN_ITEM("plan item"),
        OVERRIDE("risk override"),
        /** A review thread resolved or re-opened differently on both sides (comments themselves are only added). */
        COMMENT("review comment");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Which copy a conflict keeps. */
    public enum Keep {
        MINE,
        THEIRS
    }

    /**
     * One thing changed differently on both sides. {@code mine} and {@code theirs} are {@link RecordedAnswer}s for
     * an answer, strings for a detail, {@link PlanItem}s and {@link RatingOverride}s; null where that side removed it.
     */
    public record Conflict(Kind kind, String key, Object mine, Object theirs) {
        /** Names the conflict in a map of choices: kind and key. */
        public String id() {
            return kind.name() + ":" + key;
        }
    }

    /** The merged assessment, and the conflicts no choice settled yet (none: it can be checked in). */
    public record Result(PackagedAssessment merged, List<Conflict> conflicts) {
        public Result {
            conflicts = List.copyOf(conflicts);
        }

        public boolean clean() {
            return conflicts.isEmpty();
        }
    }

    private CheckInMerge() {}

    /** Merges with no conflict settled. */
    public static Result merge(PackagedAssessment base, PackagedAssessment mine, PackagedAssessment theirs) {
        return merge(base, mine, theirs, Map.of(), null);
    }

    /**
     * @param choices what to keep, by {@link Conflict#id()}
     * @param others  what to keep for every conflict {@code choices} does not name; null leaves them open
     * @throws UserFacingProblem when one side moved the assessment to another questionnaire version: its answers
     *                           cannot be merged with the other side's, given on the version before
     */
    public static Result merge(
            PackagedAssessment base,
            PackagedAssessment mine,
            PackagedAssessment theirs,
            Map<String, Keep> choices,
            Keep others) {
        QuestionnaireMove.refuseMixed(base, mine, theirs);
        List<Conflict> open = new ArrayList<>();
        Map<String, String> details = merged(
                Kind.DETAIL, details(base), details(mine), details(theirs), Objects::equals, choices, others, open);
        Map<String, RecordedAnswer> answers = merged(
                Kind.ANSWER,
                new TreeMap<>(base.answers()),
                new TreeMap<>(mine.answers()),
                new TreeMap<>(theirs.answers()),
                CheckInMerge::sameAnswer,
                choices,
                others,
                open);
        Map<String, PlanItem> items = merged(
                Kind.PLAN_ITEM,
                items(base.plan()),
                items(mine.plan()),
                items(theirs.plan()),
                Objects::equals,
                choices,
                others,
                open);
        Map<String, RatingOverride> overrides = merged(
                Kind.OVERRIDE,
                new TreeMap<>(base.overrides()),
                new TreeMap<>(mine.overrides()),
                new TreeMap<>(theirs.overrides()),
                Objects::equals,
                choices,
                others,
                open);
        Map<String, Comment> comments = merged(
                Kind.COMMENT, comments(base), comments(mine), comments(theirs), Objects::equals, choices, others, open);
        Assessment t = theirs.assessment();
        Assessment a = new Assessment(
                t.id(),
                details.getOrDefault("title", t.title()),
                details.getOrDefault("system", ""),
                details.getOrDefault("owner", ""),
                t.templateId(),
                t.templateVersion(),
                t.status(),
                t.progressPercent(),
                t.createdAt(),
                later(t, mine.assessment()));
        PackagedAssessment merged = new PackagedAssessment(
                a,
                theirs.method(),
                answers,
                overrides,
                new MitigationPlan(new ArrayList<>(items.values())),
                new ArrayList<>(comments.values()),
                withAddedEvidence(theirs.board(), base, mine));
        return new Result(merged, open);
    }

    /** Answers are the same when answer and note are: when each was saved does not count. */
    private static boolean sameAnswer(RecordedAnswer a, RecordedAnswer b) {
        return Objects.equals(a.answer(), b.answer()) && a.note().equals(b.note());
    }

    private static <V> Map<String, V> merged(
            Kind kind,
            Map<String, V> base,
            Map<String, V> mine,
            Map<String, V> theirs,
            java.util.function.BiPredicate<V, V> same,
            Map<String, Keep> choices,
            Keep others,
            List<Conflict> open) {
        Map<String, KeyedMerge.Clash<V>> clashes = new LinkedHashMap<>();
        Map<String, V> merged = new KeyedMerge<>(same)
                .merge(
                        base,
                        mine,
                        theirs,
                        clash -> {
                            Keep keep = choices.getOrDefault(new Conflict(kind, clash.key(), null, null).id(), others);
                            return keep == null
                                    ? null
                                    : keep == Keep.MINE ? KeyedMerge.Side.MINE : KeyedMerge.Side.THEIRS;
                        },
                        clashes);
        clashes.values().forEach(c -> open.add(new Conflict(kind, c.key(), c.mine(), c.theirs())));
        return merged;
    }

    private static Map<String, String> details(PackagedAssessment p) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("title", p.assessment().title());
        details.put("system", p.assessment().systemName());
        details.put("owner", p.assessment().owner());
        return details;
    }

    private static Map<String, Comment> comments(PackagedAssessment p) {
        Map<String, Comment> comments = new LinkedHashMap<>();
        p.comments().forEach(c -> comments.put(c.id().toString(), c));
        return comments;
    }

    /**
     * Theirs' records with the evidence files attached offline (in mine, not in base) added: files are only added
     * here, so one the workspace removed meanwhile stays removed, and one removed offline stays in the workspace.
     */
    private static BoardRecords withAddedEvidence(
            BoardRecords theirs, PackagedAssessment base, PackagedAssessment mine) {
        Set<UUID> there = new HashSet<>();
        base.board().evidence().forEach(f -> there.add(f.evidence().id()));
        theirs.evidence().forEach(f -> there.add(f.evidence().id()));
        List<BoardRecords.File> evidence = new ArrayList<>(theirs.evidence());
        mine.board().evidence().stream()
                .filter(f -> !there.contains(f.evidence().id()))
                .forEach(evidence::add);
        return new BoardRecords(theirs.stage(), theirs.versions(), theirs.decisions(), theirs.trail(), evidence);
    }

    private static Map<String, PlanItem> items(MitigationPlan plan) {
        return plan.items().stream()
                .collect(
                        Collectors.toMap(i -> i.id().toString(), Function.identity(), (x, y) -> y, LinkedHashMap::new));
    }

    private static java.time.Instant later(Assessment a, Assessment b) {
        if (a.updatedAt() == null) {
            return b.updatedAt();
        }
        return b.updatedAt() == null || a.updatedAt().isAfter(b.updatedAt()) ? a.updatedAt() : b.updatedAt();
    }
}
