package org.airisk.workbench.review;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Where the review of each assessment is kept: its stage, its frozen versions and the decisions on them. Every
 * method is one transaction; a refused action throws {@link ReviewRefused} and changes nothing.
 */
public interface ReviewRepository {

    ReviewStage stage(UUID assessment);

    /**
     * Whether the account this workbench works under may change assessments' answers: false for a team server's
     * reviewer account, whose window then opens assessments for review only (ADR 0040). Asked of the server.
     */
    default boolean accountMayChangeAnswers() {
        return true;
    }

    /** The stage of every assessment in the library, for the library's and the portfolio's filters. */
    Map<UUID, ReviewStage> stages();

    /** Freezes the assessment as it is now as its next version and marks it submitted, together. */
    ReviewVersion submit(UUID assessment, String submittedBy);

    void startReview(UUID assessment);

    /**
     * Records the decision on the latest version, bound to its content hash, and moves the stage to match.
     *
     * @throws IllegalArgumentException when {@link SignOff#problem()} names something to change
     */
    default SignOff decide(
            UUID assessment,
            Decision decision,
            List<String> conditions,
            String comment,
            String reviewerName,
            String reviewerRole) {
        return record(draftDecision(assessment, decision, conditions, comment, reviewerName, reviewerRole));
    }

    /**
     * The decision as it would be recorded now on the latest version (number, content hash, time), without keeping
     * it: what a signature is made over before {@link #record} keeps both together.
     *
     * @throws ReviewRefused            when the stage does not take a decision
     * @throws IllegalArgumentException when {@link SignOff#problem()} names something to change
     */
    SignOff draftDecision(
            UUID assessment,
            Decision decision,
            List<String> conditions,
            String comment,
            String reviewerName,
            String reviewerRole);

    /**
     * Keeps a drafted decision, with its signature when it carries one, and moves the stage to match, in one
     * transaction. Refused, keeping nothing, when the stage no longer takes a decision or a newer version was
     * submitted since the draft.
     */
    SignOff record(SignOff drafted);

    /** Keeps a signature on a stored, still unsigned sign-off (the signing package makes it over its signed text). */
    void saveSignature(SignOff signed);

    void reopen(UUID assessment);

    /** Oldest first. */
    List<ReviewVersion> versions(UUID assessment);

    /** Oldest first. */
    List<SignOff> decisions(UUID assessment);

    default Optional<SignOff> latestDecision(UUID assessment) {
        List<SignOff> all = decisions(assessment);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** The content hash of the assessment as it is now (docs/hash.md), to compare with a sign-off's. */
    String currentHash(UUID assessment);

    /** Whether the latest sign-off still covers the assessment; empty before the first decision. */
    default Optional<SignOffState> signOffState(UUID assessment) {
        return latestDecision(assessment).map(s -> SignOffState.of(s, currentHash(assessment)));
    }
}
