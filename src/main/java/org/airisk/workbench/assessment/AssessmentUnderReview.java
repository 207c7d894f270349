package org.airisk.workbench.assessment;

/**
 * A change refused because the assessment is submitted for review or in review: it is read-only until the reviewer
 * decides (docs/review.md). Its own type, so a caller holding changes back (the journal at start-up) can keep them
 * for later instead of failing.
 */
public class AssessmentUnderReview extends StorageException {
    public AssessmentUnderReview(String userMessage) {
        super(userMessage);
    }
}
