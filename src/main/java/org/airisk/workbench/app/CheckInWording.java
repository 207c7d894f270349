package org.airisk.workbench.app;

import java.util.List;
import java.util.Optional;
import org.airisk.workbench.exchange.CheckInMerge;
import org.airisk.workbench.exchange.ConflictWording;
import org.airisk.workbench.exchange.OfflineWork;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;

/** A check-in's conflicts in the assessor's words, each with what the base (the copy checked out) held. */
record CheckInWording(PackagedAssessment base, Optional<QuestionnaireTemplate> questionnaire) {
    private static final String NOTHING = "(nothing)";

    List<OfflineWork.OpenConflict> conflicts(List<CheckInMerge.Conflict> conflicts) {
        return conflicts.stream().map(this::worded).toList();
    }

    private OfflineWork.OpenConflict worded(CheckInMerge.Conflict conflict) {
        ConflictWording words = ConflictWording.of(conflict, questionnaire);
        Object before = baseValue(conflict);
        String base = before == null
                ? NOTHING
                : ConflictWording.of(
                                new CheckInMerge.Conflict(conflict.kind(), conflict.key(), before, before),
                                questionnaire)
                        .mine();
        return new OfflineWork.OpenConflict(conflict.id(), words.what(), base, words.mine(), words.theirs());
    }

    /** The base's value of what the conflict is about, as the merge compares it; null when the base had none. */
    private Object baseValue(CheckInMerge.Conflict conflict) {
        String key = conflict.key();
        return switch (conflict.kind()) {
            case ANSWER -> base.answers().get(key);
            case DETAIL ->
                switch (key) {
                    case "title" -> base.assessment().title();
                    case "system" -> base.assessment().systemName();
                    case "owner" -> base.assessment().owner();
                    default -> null;
                };
            case PLAN_ITEM ->
                base.plan().items().stream()
                        .filter(i -> i.id().toString().equals(key))
                        .findFirst()
                        .orElse(null);
            case OVERRIDE -> base.overrides().get(key);
            case COMMENT ->
                base.comments().stream()
                        .filter(c -> c.id().toString().equals(key))
                        .findFirst()
                        .orElse(null);
        };
    }
}
