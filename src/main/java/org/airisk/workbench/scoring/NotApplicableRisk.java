package org.airisk.workbench.scoring;

import org.airisk.workbench.catalog.Risk;

/**
 * A risk the assessment leaves out, with the reason; {@code questionId} is the answer that decided it, if one did;
 * {@code setAside} when the assessor decided it in the register (and can bring it back there).
 */
public record NotApplicableRisk(Risk risk, String reason, String questionId, boolean setAside) {
    /** The assessor's reason is shown after this. */
    public static final String SET_ASIDE = "Set aside by the assessor: ";

    public NotApplicableRisk {
        questionId = questionId == null ? "" : questionId;
    }

    public NotApplicableRisk(Risk risk, String reason, String questionId) {
        this(risk, reason, questionId, false);
    }
}
