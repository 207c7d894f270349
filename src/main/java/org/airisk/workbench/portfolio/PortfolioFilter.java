package org.airisk.workbench.portfolio;

import java.time.LocalDate;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.review.ReviewStage;

/**
 * Which saved assessments the portfolio dashboard counts: an owner (exact, or empty for all), a status (or null),
 * a range of last-change dates (either end may be open), and a review stage (or null).
 */
public record PortfolioFilter(
        String owner, AssessmentStatus status, LocalDate changedFrom, LocalDate changedTo, ReviewStage reviewStage) {
    public static final PortfolioFilter ALL = new PortfolioFilter("", null, null, null);

    public PortfolioFilter(String owner, AssessmentStatus status, LocalDate changedFrom, LocalDate changedTo) {
        this(owner, status, changedFrom, changedTo, null);
    }

    public PortfolioFilter {
        owner = owner == null ? "" : owner.strip();
        if (changedFrom != null && changedTo != null && changedFrom.isAfter(changedTo)) {
            throw new UserFacingProblem("The date range ends before it starts: swap the two dates.");
        }
    }
}
