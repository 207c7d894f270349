package org.airisk.workbench.review;

import org.airisk.workbench.assessment.UserFacingProblem;

/** A review action refused in the assessment's stage; the message is one sentence saying why and what to do. */
public final class ReviewRefused extends UserFacingProblem {
    public ReviewRefused(String message) {
        super(message);
    }
}
