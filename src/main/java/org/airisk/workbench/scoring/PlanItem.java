package org.airisk.workbench.scoring;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.catalog.Mitigation;

/**
 * One decision in a mitigation plan: a recommended mitigation accepted (perhaps edited) or rejected with a reason,
 * or a custom measure the assessor added. Accepted items lower the residual risk of the risks they name by their
 * strength, whatever their status: the plan is what the client commits to.
 */
public record PlanItem(
        UUID id,
        String mitigationId,
        String title,
        List<String> risks,
        int reducesLikelihood,
        int reducesImpact,
        Mitigation.Effort effort,
        Decision decision,
        String reason,
        String owner,
        LocalDate due,
        Priority priority,
        Status status,
        String notes) {

    public enum Decision {
        ACCEPTED,
        REJECTED
    }

    public enum Priority {
        HIGH("High"),
        MEDIUM("Medium"),
        LOW("Low");

        private final String label;

        Priority(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status {
        PROPOSED("Proposed"),
        PLANNED("Planned"),
        IN_PROGRESS("In progress"),
        IMPLEMENTED("Implemented"),
        VERIFIED("Verified");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean isDone() {
            return this == IMPLEMENTED || this == VERIFIED;
        }
    }

    public PlanItem {
        Objects.requireNonNull(id, "id");
        mitigationId = mitigationId == null ? "" : mitigationId;
        title = title == null ? "" : title.strip();
        risks = risks == null ? List.of() : List.copyOf(risks);
        Objects.requireNonNull(effort, "effort");
        Objects.requireNonNull(decision, "decision");
        reason = reason == null ? "" : reason.strip();
        owner = owner == null ? "" : owner.strip();
        priority = priority == null ? Priority.MEDIUM : priority;
        status = status == null ? Status.PROPOSED : status;
        notes = notes == null ? "" : notes;
        if (title.isEmpty()) {
            throw new UserFacingProblem("A plan item needs a title.");
        }
        if (risks.isEmpty()) {
            throw new UserFacingProblem("A plan item addresses at least one risk.");
        }
        if (reducesLikelihood < 0
                || reducesImpact < 0
                || reducesLikelihood > Mitigation.MAX_STRENGTH
                || reducesImpact > Mitigation.MAX_STRENGTH) {
            throw new UserFacingProblem(
                    "A plan item lowers likelihood and impact by 0 to " + Mitigation.MAX_STRENGTH + " steps each.");
        }
        if (decision == Decision.REJECTED && reason.isEmpty()) {
            throw new UserFacingProblem("Say why the recommendation is rejected.");
        }
    }

    /** A recommended mitigation accepted as it is: its strength, effort and risks, status proposed. */
    public static PlanItem accept(Mitigation mitigation, List<String> risks) {
        return new PlanItem(
                UUID.randomUUID(),
                mitigation.id(),
                mitigation.title(),
                risks,
                mitigation.reducesLikelihood(),
                mitigation.reducesImpact(),
                mitigation.effort(),
                Decision.ACCEPTED,
                "",
                "",
                null,
                Priority.MEDIUM,
                Status.PROPOSED,
                "");
    }

    public static PlanItem reject(Mitigation mitigation, List<String> risks, String reason) {
        return new PlanItem(
                UUID.randomUUID(),
                mitigation.id(),
                mitigation.title(),
                risks,
                mitigation.reducesLikelihood(),
                mitigation.reducesImpact(),
                mitigation.effort(),
                Decision.REJECTED,
                reason,
                "",
                null,
                Priority.MEDIUM,
                Status.PROPOSED,
                "");
    }

    public boolean isCustom() {
        return mitigationId.isEmpty();
    }

    public boolean isAccepted() {
        return decision == Decision.ACCEPTED;
    }

    /** Accepted, due before today and not yet implemented. */
    public boolean isOverdue(LocalDate today) {
        return isAccepted() && due != null && due.isBefore(today) && !status.isDone();
    }

    public PlanItem withStatus(Status newStatus) {
        return new PlanItem(
                id,
                mitigationId,
                title,
                risks,
                reducesLikelihood,
                reducesImpact,
                effort,
                decision,
                reason,
                owner,
                due,
                priority,
                newStatus,
                notes);
    }

    public PlanItem withDetails(
            String newOwner, LocalDate newDue, Priority newPriority, Status newStatus, String newNotes) {
        return new PlanItem(
                id,
                mitigationId,
                title,
                risks,
                reducesLikelihood,
                reducesImpact,
                effort,
                decision,
                reason,
                newOwner,
                newDue,
                newPriority,
                newStatus,
                newNotes);
    }

    public PlanItem withStrength(int likelihood, int impact) {
        return new PlanItem(
                id,
                mitigationId,
                title,
                risks,
                likelihood,
                impact,
                effort,
                decision,
                reason,
                owner,
                due,
                priority,
                status,
                notes);
    }
}
