package org.airisk.workbench.changes;

import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentRepository;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.review.Decision;
import org.airisk.workbench.review.ReviewRepository;
import org.airisk.workbench.review.ReviewVersion;
import org.airisk.workbench.review.SignOff;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RatingOverride;
import org.airisk.workbench.scoring.RegisterRepository;

/**
 * Next year's review, started from an approved version: a new assessment on the newest questionnaire with the
 * approved answers, notes, overrides and plan, where every answer to re-confirm (its question reads differently,
 * its options changed, or it is older than the chosen age) says so in its note. The flags are worked out from the
 * approved version before anything is copied, as copying gives the answers a new time.
 */
public final class StartReassessment {
    /** What the note of a flagged answer starts with, so the assessor can find them all (Find in answers). */
    public static final String TO_CONFIRM = "To confirm for this re-assessment:";

    /** The new assessment and what in it to confirm. */
    public record Started(Assessment assessment, List<Reassessment.Flag> flags) {
        public Started {
            flags = List.copyOf(flags);
        }
    }

    private final AssessmentRepository assessments;
    private final RegisterRepository registers;
    private final BiFunction<String, Integer, Optional<QuestionnaireTemplate>> version;
    private final Function<String, Optional<QuestionnaireTemplate>> newest;
    private final Reassessment reassessment;

    public StartReassessment(
            AssessmentRepository assessments,
            RegisterRepository registers,
            BiFunction<String, Integer, Optional<QuestionnaireTemplate>> version,
            Function<String, Optional<QuestionnaireTemplate>> newest,
            Reassessment reassessment) {
        this.assessments = assessments;
        this.registers = registers;
        this.version = version;
        this.newest = newest;
        this.reassessment = reassessment;
    }

    /** The latest version with an approval (with or without conditions) on it; empty when none was approved. */
    public static Optional<ReviewVersion> approvedVersion(ReviewRepository reviews, UUID assessment) {
        List<SignOff> decisions = reviews.decisions(assessment);
        for (int i = decisions.size() - 1; i >= 0; i--) {
            SignOff d = decisions.get(i);
            if (d.decision() == Decision.APPROVED || d.decision() == Decision.APPROVED_WITH_CONDITIONS) {
                return reviews.versions(assessment).stream()
                        .filter(v -> v.number() == d.versionNumber())
                        .findFirst();
            }
        }
        return Optional.empty();
    }

    /** As {@link #start(PackagedAssessment, String, Period)} from the latest approved version, or refused. */
    public Started startFromApproved(ReviewRepository reviews, UUID assessment, String title, Period maxAge) {
        ReviewVersion approved = approvedVersion(reviews, assessment)
                .orElseThrow(() -> new UserFacingProblem(
                        "This assessment has no approved version yet; a re-assessment starts from one."));
        return start(approved.snapshot(), title, maxAge);
    }

    /**
     * @param approved the approved version's snapshot
     * @param maxAge   answers last changed longer ago than this are flagged
     * @throws IllegalArgumentException when the questionnaire it followed is not installed here
     */
    public Started start(PackagedAssessment approved, String title, Period maxAge) {
        Assessment from = approved.assessment();
        QuestionnaireTemplate answeredOn = version.apply(from.templateId(), from.templateVersion())
                .orElseThrow(() -> new UserFacingProblem("\u201c" + from.title() + "\u201d follows the questionnaire "
                        + from.templateId() + " v" + from.templateVersion() + ", which is not installed here."));
        QuestionnaireTemplate target = newest.apply(from.templateId()).orElse(answeredOn);
        List<Reassessment.Flag> flags = reassessment.flags(approved, answeredOn, target, maxAge);
        Map<String, Reassessment.Flag> flagged = new HashMap<>();
        flags.forEach(f -> flagged.put(f.questionId(), f));

        Assessment created = assessments.create(
                new NewAssessment(title, from.systemName(), from.owner(), target.id(), target.version()));
        try {
            copy(approved, target, created.id(), flagged);
        } catch (RuntimeException e) {
            // nothing half-made stays in the library: the new assessment goes, as a delete does
            try {
                assessments.delete(created.id());
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw e;
        }
        return new Started(assessments.find(created.id()).orElse(created), flags);
    }

    private void copy(
            PackagedAssessment approved,
            QuestionnaireTemplate target,
            UUID id,
            Map<String, Reassessment.Flag> flagged) {
        Map<String, Answer> soFar = new HashMap<>();
        target.questions().forEach(q -> {
            RecordedAnswer r = approved.answers().get(q.id());
            if (r != null && r.answer() != null) {
                soFar.put(q.id(), r.answer());
                assessments.saveAnswer(id, q.id(), r.answer(), new AnsweredQuestionnaire(target, soFar).progress());
            }
            String note = r == null ? "" : r.note();
            Reassessment.Flag flag = flagged.get(q.id());
            if (flag != null) {
                note = TO_CONFIRM + " " + String.join(" ", flag.reasons()) + (note.isBlank() ? "" : "\n" + note);
            }
            if (!note.isBlank()) {
                assessments.saveNote(id, q.id(), note);
            }
        });
        if (approved.method() != null) {
            registers.saveMethod(id, approved.method());
        }
        for (RatingOverride o : approved.overrides().values()) {
            registers.saveOverride(id, o);
        }
        for (PlanItem item : approved.plan().items()) {
            // a new id: plan items are the new assessment's own
            registers.savePlanItem(
                    id,
                    new PlanItem(
                            UUID.randomUUID(),
                            item.mitigationId(),
                            item.title(),
                            item.risks(),
                            item.reducesLikelihood(),
                            item.reducesImpact(),
                            item.effort(),
                            item.decision(),
                            item.reason(),
                            item.owner(),
                            item.due(),
                            item.priority(),
                            item.status(),
                            item.notes()));
        }
    }
}
