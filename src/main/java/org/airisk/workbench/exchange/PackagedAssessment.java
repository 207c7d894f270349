package org.airisk.workbench.exchange;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.comments.Comment;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.ScoringMethod;

/**
 * Everything that makes one assessment, as it travels in a package: its metadata, the questionnaire it follows,
 * every answer and note, the scoring method it keeps (null before it was first scored), overrides and plan, and the
 * review comments on it and its {@link BoardRecords} (which travel with it but are not its content: they are outside
 * its content hash).
 */
public record PackagedAssessment(
        Assessment assessment,
        ScoringMethod method,
        Map<String, RecordedAnswer> answers,
        Map<String, RatingOverride> overrides,
        MitigationPlan plan,
        List<Comment> comments,
        BoardRecords board) {
    public PackagedAssessment {
        Objects.requireNonNull(assessment, "assessment");
        answers = Map.copyOf(answers);
        overrides = Map.copyOf(overrides);
        plan = plan == null ? MitigationPlan.EMPTY : plan;
        comments = comments == null ? List.of() : List.copyOf(comments);
        board = board == null ? BoardRecords.NONE : board;
    }

    /** Without review, trail or evidence. */
    public PackagedAssessment(
            Assessment assessment,
            ScoringMethod method,
            Map<String, RecordedAnswer> answers,
            Map<String, RatingOverride> overrides,
            MitigationPlan plan,
            List<Comment> comments) {
        this(assessment, method, answers, overrides, plan, comments, BoardRecords.NONE);
    }

    /** The same assessment carrying these review records. */
    public PackagedAssessment withBoard(BoardRecords records) {
        return new PackagedAssessment(assessment, method, answers, overrides, plan, comments, records);
    }

    /** Without comments. */
    public PackagedAssessment(
            Assessment assessment,
            ScoringMethod method,
            Map<String, RecordedAnswer> answers,
            Map<String, RatingOverride> overrides,
            MitigationPlan plan) {
        this(assessment, method, answers, overrides, plan, List.of());
    }
}
