package org.airisk.workbench.exchange;

import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.UserFacingProblem;

/**
 * The check-in's guard against answers of two questionnaire versions in one assessment (ADR 0043): when the offline
 * copy and the workspace's copy no longer follow the same version (one of them was moved to a newer one while the
 * assessment was checked out), answers given on the older version cannot be merged into the newer one's, so nothing
 * is merged until both follow the same version.
 */
final class QuestionnaireMove {
    private QuestionnaireMove() {}

    static void refuseMixed(PackagedAssessment base, PackagedAssessment mine, PackagedAssessment theirs) {
        Assessment m = mine.assessment();
        Assessment t = theirs.assessment();
        if (sameVersion(m, t)) {
            return;
        }
        boolean movedThere = !sameVersion(base.assessment(), t);
        Assessment newer = movedThere ? t : m;
        String other = movedThere ? "this computer's copy" : "the team workspace's copy";
        throw new UserFacingProblem("\u201c" + m.title() + "\u201d was moved to version " + newer.templateVersion()
                + " of its questionnaire " + (movedThere ? "in the team workspace" : "on this computer")
                + " while it was checked out, and " + other + " still follows version "
                + (movedThere ? m : t).templateVersion() + "; answers of two versions are not merged, so nothing "
                + "was checked in. Move " + other + " to version " + newer.templateVersion() + " as well (open it and "
                + "choose Edit \u203a Move to newer questionnaire version), then check in again.");
    }

    private static boolean sameVersion(Assessment a, Assessment b) {
        return a.templateId().equals(b.templateId()) && a.templateVersion() == b.templateVersion();
    }
}
