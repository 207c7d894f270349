package org.airisk.workbench.scoring;

import org.airisk.workbench.catalog.Risk;

/** A risk the assessment leaves out, with the reason; {@code questionId} is the answer that decided it, if one did. */
public record NotApplicableRisk(Risk risk, String reason, String questionId) {
    public NotApplicableRisk {
        questionId = questionId == null ? "" : questionId;
    }
}
