package org.airisk.workbench.ui.review;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.review.Decision;
import org.airisk.workbench.review.ReviewAction;
import org.airisk.workbench.review.ReviewRepository;
import org.airisk.workbench.review.ReviewStage;
import org.airisk.workbench.review.SignOff;
import org.airisk.workbench.review.SignOffSignatures;
import org.airisk.workbench.review.SignOffState;
import org.airisk.workbench.review.SignatureCheck;
import org.airisk.workbench.review.SubmissionGap;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.signing.KeyProblem;
import org.airisk.workbench.ui.BackgroundWork;
import org.airisk.workbench.ui.UserMessages;
import org.airisk.workbench.ui.register.ScoringSession;

/**
 * The review of the open assessment (Review menu): its stage, whether it is read-only, what the banner says, and
 * the lifecycle's actions. Everything is read and written in the background; the properties change on the FX thread.
 */
public final class ReviewViewModel {
    /** What the window shows of a review, read in one piece in the background. */
    private record Status(
            ReviewStage stage,
            int versions,
            Optional<SignOff> latest,
            Optional<SignOffState> state,
            Optional<SignatureCheck> signature,
            UserIdentity identity,
            boolean mayChangeAnswers) {}

    private final ReviewRepository reviews;
    private final SignOffSignatures signatures;
    private final BackgroundWork background;
    private final Supplier<UserIdentity> identity;
    private final UserFormats formats;
    private UUID assessment;
    private Supplier<List<SubmissionGap>> gapsNow = List::of;

    private final ReadOnlyObjectWrapper<ReviewStage> stage = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper();
    /** Set once the team server said this account may not change answers: a reviewer's window (ADR 0040). */
    private final ReadOnlyBooleanWrapper reviewingOnly = new ReadOnlyBooleanWrapper();

    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SignOffState> signOffState = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<UserIdentity> knownIdentity = new ReadOnlyObjectWrapper<>(UserIdentity.UNKNOWN);
    private final ReadOnlyObjectWrapper<SignatureCheck> signature = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canSign = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper deciding = new ReadOnlyBooleanWrapper();

    /** @param signatures signs a decision with the user's key and checks the signature of a stored one */
    public ReviewViewModel(
            ReviewRepository reviews,
            SignOffSignatures signatures,
            BackgroundWork background,
            Supplier<UserIdentity> identity,
            UserFormats formats) {
        this.reviews = reviews;
        this.signatures = signatures;
        this.background = background;
        this.identity = identity;
        this.formats = formats;
        readOnly.bind(Bindings.createBooleanBinding(
                () -> reviewingOnly.get() || (stage.get() != null && stage.get().isReadOnly()), stage, reviewingOnly));
    }

    /**
     * The assessment now open, and how to check it for submission as it is on screen (null when none is open).
     */
    public void open(UUID id, Supplier<List<SubmissionGap>> gaps) {
        assessment = id;
        gapsNow = gaps == null ? List::of : gaps;
        stage.set(null);
        banner.set("");
        signOffState.set(null);
        signature.set(null);
        problem.set("");
        if (id != null) {
            refresh();
        }
    }

    /** Reads the stage, the sign-off's state and Your details again (after a save, a sign-off may be superseded). */
    public void refresh() {
        UUID id = assessment;
        if (id == null) {
            return;
        }
        background.submit(
                () -> {
                    Optional<SignOff> latest = reviews.latestDecision(id);
                    return new Status(
                            reviews.stage(id),
                            reviews.versions(id).size(),
                            latest,
                            latest.map(s -> SignOffState.of(s, reviews.currentHash(id))),
                            latest.map(signatures::check),
                            identity.get(),
                            reviews.accountMayChangeAnswers());
                },
                status -> {
                    if (id.equals(assessment)) {
                        show(status);
                    }
                },
                failure -> problem.set(UserMessages.describe(failure)));
    }

    private void show(Status status) {
        knownIdentity.set(status.identity());
        stage.set(status.stage());
        signOffState.set(status.state().orElse(null));
        signature.set(status.stage().isDecided() ? status.signature().orElse(null) : null);
        reviewingOnly.set(!status.mayChangeAnswers());
        banner.set(ReviewingOnly.banner(reviewingOnly.get(), bannerText(status)));
    }

    private String bannerText(Status status) {
        String version = "version " + status.versions();
        return switch (status.stage()) {
            case SUBMITTED ->
                "Submitted for review (" + version + "): read-only until a reviewer decides. A "
                        + "reviewer starts the review and decides in the Review menu.";
            case IN_REVIEW ->
                "In review (" + version + "): read-only while the reviewer decides (Review \u203a "
                        + "Decide\u2026). After the decision the author can re-open it as a new draft.";
            case DRAFT ->
                status.latest()
                        .map(
                                s -> "Draft, re-opened after "
                                        + s.decision().label().toLowerCase(formats.locale()) + " of version "
                                        + s.versionNumber() + "."
                                        + (s.conditions().isEmpty()
                                                ? ""
                                                : " Its conditions can go into the plan: Review \u203a Conditions to plan\u2026"))
                        .orElse("");
            default ->
                status.latest()
                        .map(s -> decided(
                                s,
                                status.state().orElse(SignOffState.VALID),
                                status.signature().orElseThrow()))
                        .orElse("");
        };
    }

    private String decided(SignOff s, SignOffState state, SignatureCheck check) {
        StringBuilder text = new StringBuilder(s.decision().label() + " by " + s.reviewerName()
                + (s.reviewerRole().isEmpty() ? "" : ", " + s.reviewerRole()) + " on "
                + formats.dateTime(s.decidedAt()) + " (version " + s.versionNumber() + "). Sign-off: "
                + state.label() + ". " + capitalised(unbroken(check.label(), s.signerFingerprint())) + ".");
        if (!s.conditions().isEmpty()) {
            text.append(" Conditions: ")
                    .append(String.join("; ", s.conditions()))
                    .append('.');
        }
        if (state == SignOffState.VALID) {
            text.append(" To change it, re-open it as a new draft (Review menu).");
        }
        return text.toString();
    }

    /** The fingerprint kept on one line: its four groups are read out together. */
    private static String unbroken(String label, String fingerprint) {
        return fingerprint == null || fingerprint.isEmpty()
                ? label
                : label.replace(fingerprint, fingerprint.replace(' ', '\u00A0'));
    }

    private String capitalised(String label) {
        return label.substring(0, 1).toUpperCase(formats.locale()) + label.substring(1);
    }

    // state

    public ReadOnlyObjectProperty<ReviewStage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    /**
     * True while submitted or in review, or always for a reviewer's account: the questionnaire, register and plan
     * take no changes.
     */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    /**
     * True when the workspace's server keeps this account from changing answers (a reviewer's): every assessment
     * opens read-only, whatever its stage. Kept from one assessment to the next: the account does not change.
     */
    public ReadOnlyBooleanProperty reviewingOnlyProperty() {
        return reviewingOnly.getReadOnlyProperty();
    }

    /** What the banner over the open assessment says; empty when there is nothing to say. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** The latest sign-off's state; null before the first decision. */
    public ReadOnlyObjectProperty<SignOffState> signOffStateProperty() {
        return signOffState.getReadOnlyProperty();
    }

    /** What checking the latest decision's signature came to; null before a decision or while it is re-opened. */
    public ReadOnlyObjectProperty<SignatureCheck> signatureProperty() {
        return signature.getReadOnlyProperty();
    }

    /** True when the user has a signing key to sign a decision with (as last read by {@link #checkSigningKey}). */
    public ReadOnlyBooleanProperty canSignProperty() {
        return canSign.getReadOnlyProperty();
    }

    /** True while a decision is being signed and kept. */
    public ReadOnlyBooleanProperty decidingProperty() {
        return deciding.getReadOnlyProperty();
    }

    /** Reads whether the user has a signing key (they may just have made one), then runs {@code then}. */
    public void checkSigningKey(Runnable then) {
        background.submit(
                signatures::hasKey,
                has -> {
                    canSign.set(has);
                    then.run();
                },
                failure -> {
                    canSign.set(false);
                    then.run();
                });
    }

    /** The last action that failed or was refused, in one sentence; empty when all went well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True when the action may be taken now (an assessment is open and its stage allows it). */
    public BooleanBinding allows(ReviewAction action) {
        return Bindings.createBooleanBinding(
                () -> stage.get() != null && stage.get().refusal(action).isEmpty(), stage);
    }

    /** Who is recorded on a submission and offered on a decision: Your details, as last read. */
    public ReadOnlyObjectProperty<UserIdentity> identityProperty() {
        return knownIdentity.getReadOnlyProperty();
    }

    // commands

    /** What still keeps the open assessment from being submitted, as it is on screen now. */
    public List<SubmissionGap> gaps() {
        return List.copyOf(gapsNow.get());
    }

    /** Submits when there are no gaps (else refuses, saying so); {@code done} runs once it is submitted. */
    public void submit(Runnable done) {
        if (!gaps().isEmpty()) {
            problem.set("Settle the " + gaps().size() + " gap(s) first: each one says where.");
            return;
        }
        UUID id = assessment;
        act(() -> reviews.submit(id, identity.get().recordedName()), done);
    }

    public void startReview() {
        UUID id = assessment;
        act(() -> reviews.startReview(id), () -> {});
    }

    /**
     * Records the decision, signed with the user's key when a passphrase is given (the signature is made in the
     * background and kept with the decision in one step); {@code done} runs once it is kept, {@code refused} with one
     * sentence when it was not (a wrong passphrase keeps nothing).
     *
     * @param passphrase null for an unsigned decision; cleared once used
     * @return empty when it was passed on to be kept, else the one sentence saying what to change first
     */
    public String decide(
            Decision decision,
            List<String> conditions,
            String comment,
            String reviewerName,
            String reviewerRole,
            char[] passphrase,
            Runnable done,
            Consumer<String> refused) {
        SignOff check = new SignOff(
                assessment == null ? new UUID(0, 0) : assessment,
                1,
                "",
                decision,
                conditions,
                comment,
                reviewerName,
                reviewerRole,
                Instant.EPOCH,
                null,
                null,
                null);
        if (!check.problem().isEmpty()) {
            return check.problem();
        }
        if (passphrase != null && passphrase.length == 0) {
            return "Type your signing key's passphrase, or untick signing to record the decision unsigned.";
        }
        UUID id = assessment;
        if (id == null || deciding.get()) {
            return "";
        }
        deciding.set(true);
        problem.set("");
        background.submit(
                () -> {
                    try {
                        signatures.decide(
                                reviews, id, decision, conditions, comment, reviewerName, reviewerRole, passphrase);
                    } finally {
                        if (passphrase != null) {
                            Arrays.fill(passphrase, '\0');
                        }
                    }
                },
                () -> {
                    deciding.set(false);
                    refresh();
                    done.run();
                },
                failure -> {
                    deciding.set(false);
                    // A key's problem (a wrong passphrase) is already one sentence for the user.
                    refused.accept(
                            failure instanceof KeyProblem ? failure.getMessage() : UserMessages.describe(failure));
                    refresh();
                });
        return "";
    }

    /** Review › Conditions to plan for the open assessment, adding through its plan. */
    public ConditionsViewModel conditions(ScoringSession session) {
        return new ConditionsViewModel(assessment, reviews, session, background);
    }

    public void reopen() {
        UUID id = assessment;
        act(() -> reviews.reopen(id), () -> {});
    }

    private void act(Runnable work, Runnable done) {
        if (assessment == null) {
            return;
        }
        problem.set("");
        background.submit(
                work,
                () -> {
                    refresh();
                    done.run();
                },
                failure -> {
                    problem.set(UserMessages.describe(failure));
                    refresh();
                });
    }
}
