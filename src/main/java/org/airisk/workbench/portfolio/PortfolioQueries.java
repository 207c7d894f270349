package org.airisk.workbench.portfolio;

import java.time.LocalDate;
import java.util.List;

/** Questions about all saved assessments at once, answered by the store without loading each assessment. */
public interface PortfolioQueries {
    int FREQUENT_RISKS = 10;
    int OVERDUE_SHOWN = 50;

    /** @param today the day plan items are overdue against */
    PortfolioSnapshot snapshot(PortfolioFilter filter, LocalDate today);

    /** The owners named on saved assessments, sorted, for the filter. */
    List<String> owners();
}
