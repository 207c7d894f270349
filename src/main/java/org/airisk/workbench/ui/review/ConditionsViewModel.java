package org.airisk.workbench.ui.review;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.airisk.workbench.review.ConditionsToPlan;
import org.airisk.workbench.review.ReviewRepository;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.review.SignOff;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.UserMessages;
import org.airisk.workbench.ui.register.ScoringSession;

/**
 * Review › Conditions to plan: the conditions of the latest decision on the open assessment, each marked once the
 * plan holds it, and adding one as a plan item through the open assessment's plan (so the plan screen, the register
 * and the audit trail follow at once). Possible in a draft only; otherwise it says why.
 */
public final class ConditionsViewModel {
    /** What is read in the background: the latest decision, if any, and the stage. */
    private record Review(Optional<SignOff> decision, ReviewStage stage) {}

    private final UUID assessment;
    private final ReviewRepository reviews;
    private final ScoringSession session;
    private final BackgroundWork background;
    private final ObservableList<ConditionsToPlan.Condition> conditions = FXCollections.observableArrayList();
    /** One read-only view, kept: a view made at each call would drop the listeners of whoever watches it. */
    private final ObservableList<ConditionsToPlan.Condition> shown =
            FXCollections.unmodifiableObservableList(conditions);

    private final ReadOnlyStringWrapper heading = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ConditionsToPlan> read = new ReadOnlyObjectWrapper<>();
    private final BooleanBinding canAdd;
    /** Held here: the session keeps only a weak reference, so a closed dialog's model is not kept alive. */
    private final InvalidationListener planChanged = obs -> showConditions();

    public ConditionsViewModel(
            UUID assessment, ReviewRepository reviews, ScoringSession session, BackgroundWork background) {
        this.assessment = assessment;
        this.reviews = reviews;
        this.session = session;
        this.background = background;
        canAdd = Bindings.createBooleanBinding(
                () -> read.get() != null && refusal.get().isEmpty(), read, refusal);
        session.planProperty().addListener(new WeakInvalidationListener(planChanged));
    }

    /** Reads the latest decision and the stage in the background. */
    public void load() {
        background.submit(
                () -> new Review(reviews.latestDecision(assessment), reviews.stage(assessment)),
                this::show,
                failure -> message.set(UserMessages.describe(failure)));
    }

    private void show(Review review) {
        SignOff decision = review.decision().orElse(null);
        if (decision == null || decision.conditions().isEmpty()) {
            read.set(null);
            conditions.clear();
            heading.set(
                    decision == null
                            ? "No decision yet, so no conditions."
                            : "The latest decision ("
                                    + decision.decision().label().toLowerCase(Locale.ROOT) + " of version "
                                    + decision.versionNumber() + ") has no conditions.");
            refusal.set("");
            return;
        }
        heading.set("Conditions of the approval of version " + decision.versionNumber() + " by "
                + decision.reviewerName() + (decision.reviewerRole().isEmpty() ? "" : ", " + decision.reviewerRole())
                + ":");
        refusal.set(ConditionsToPlan.refusal(review.stage()));
        read.set(new ConditionsToPlan(decision));
        showConditions();
    }

    private void showConditions() {
        ConditionsToPlan current = read.get();
        if (current != null) {
            conditions.setAll(current.conditions(session.planProperty().get()));
        }
    }

    // state

    /** The latest decision's conditions, each marked when the plan holds it. */
    public ObservableList<ConditionsToPlan.Condition> conditions() {
        return shown;
    }

    /** Whose conditions these are, or that there are none. */
    public ReadOnlyStringProperty headingProperty() {
        return heading.getReadOnlyProperty();
    }

    /** Why conditions cannot go into the plan now, in one sentence; empty when they can. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** What the last addition did, or why it was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** True when there are conditions and the assessment is a draft, so they can go into the plan. */
    public BooleanBinding canAddProperty() {
        return canAdd;
    }

    /** The applicable risks, highest-ranked first, for choosing what an added condition addresses. */
    public List<RiskScore> risks() {
        return session.registerProperty().get().ranked();
    }

    // commands

    /**
     * Adds condition {@code number} to the plan, addressing the given risks.
     *
     * @return empty when it was added, else the one sentence saying why not (already in the plan, not a draft, no
     *         risk chosen)
     */
    public Optional<String> add(int number, List<String> risks) {
        ConditionsToPlan current = read.get();
        String refused = current == null ? "There are no conditions to add." : refusal.get();
        if (refused.isEmpty()) {
            try {
                PlanItem item =
                        current.planItem(number, risks, session.planProperty().get());
                session.savePlanItem(item);
                message.set("Added condition " + number + " to the plan as \u201c" + item.title() + "\u201d: set its "
                        + "owner, due date and how much it lowers the rating there.");
                return Optional.empty();
            } catch (IllegalArgumentException e) {
                refused = e.getMessage();
            }
        }
        message.set(refused);
        return Optional.of(refused);
    }
}
