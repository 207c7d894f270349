package org.airisk.workbench.portfolio;

import java.time.LocalDate;
import org.airisk.workbench.assessment.AssessmentStatus;

/**
 * Which saved assessments the portfolio dashboard counts: an owner (exact, or empty for all), a status (or null),
 * and a range of last-change dates (either end may be open).
 */
public record PortfolioFilter(String owner, AssessmentStatus status, LocalDate changedFrom, LocalDate changedTo) {
    public static final PortfolioFilter ALL = new PortfolioFilter("", null, null, null);

    public PortfolioFilter {
        owner = owner == null ? "" : owner.strip();
        if (changedFrom != null && changedTo != null && changedFrom.isAfter(changedTo)) {
            throw new IllegalArgumentException("The date range ends before it starts: swap the two dates.");
        }
    }
}
