package org.airisk.workbench.report;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Port: the client's logo of Edit › Report settings, kept in the data folder for every report's cover.
 * Implemented by {@code reportfiles.ReportLogo}.
 */
public interface ReportLogos {
    /** The logo set now, if any. */
    Optional<ReportContent.Logo> current();

    /**
     * Reads a file the assessor chose, without keeping it.
     *
     * @throws org.airisk.workbench.assessment.UserFacingProblem naming what no report could print
     */
    ReportContent.Logo checked(Path chosen);

    /** Keeps the chosen image as the logo, replacing the one set before. */
    ReportContent.Logo choose(Path chosen);

    /** Reports carry no logo from now on. */
    void remove();
}
