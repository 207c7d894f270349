package org.airisk.workbench.ui.review;

import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.airisk.workbench.review.ReviewAction;
import org.airisk.workbench.review.SignOffState;
import org.airisk.workbench.review.SignatureCheck;
import org.airisk.workbench.review.SubmissionCheck;
import org.airisk.workbench.review.SubmissionGap;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.ui.questionnaire.QuestionnaireViewModel;
import org.airisk.workbench.ui.register.ScoringSession;

/**
 * The Review menu and the banner over an open assessment: the window hands each opened assessment here, and its
 * questionnaire, register and plan turn read-only while a reviewer has it.
 */
public final class ReviewActions {
    private final Window owner;
    private final ReviewViewModel model;
    private final Label banner = new Label();
    private final Menu menu;
    private Consumer<String> goToQuestion = id -> {};
    /** The open assessment's scoring, whose plan conditions go into; null when none is open. */
    private ScoringSession session;

    private Consumer<String> openRisk = id -> {};
    private BiConsumer<Window, Consumer<UserIdentity>> ensureKnown =
            (window, then) -> then.accept(model().identityProperty().get());

    public ReviewActions(Window owner, ReviewViewModel model) {
        this.owner = owner;
        this.model = model;
        banner.setId("review-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setPadding(new Insets(6, 20, 6, 20));
        banner.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.bannerProperty().get()
                                + (model.problemProperty().get().isEmpty()
                                        ? ""
                                        : "  " + model.problemProperty().get()),
                        model.bannerProperty(),
                        model.problemProperty()));
        banner.visibleProperty().bind(banner.textProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        Runnable style = () -> {
            boolean warn = model.signOffStateProperty().get() == SignOffState.SUPERSEDED
                    || !model.problemProperty().get().isEmpty()
                    || (model.signatureProperty().get() != null
                            && model.signatureProperty().get().status() == SignatureCheck.Status.DOES_NOT_MATCH);
            banner.getStyleClass().removeAll("info-banner", "warning-banner");
            banner.getStyleClass().add(warn ? "warning-banner" : "info-banner");
        };
        model.signOffStateProperty().addListener((obs, old, now) -> style.run());
        model.problemProperty().addListener((obs, old, now) -> style.run());
        model.signatureProperty().addListener((obs, old, now) -> style.run());
        style.run();
        menu = new Menu(
                "_Review",
                null,
                item("Submit for review\u2026", "menu-review-submit", ReviewAction.SUBMIT, this::submit),
                item("Start review", "menu-review-start", ReviewAction.START_REVIEW, model::startReview),
                item("Decide\u2026", "menu-review-decide", ReviewAction.DECIDE, this::decide),
                new SeparatorMenuItem(),
                item("Re-open as new draft", "menu-review-reopen", ReviewAction.REOPEN, model::reopen),
                conditionsItem());
        menu.setId("menu-review");
    }

    private MenuItem item(String text, String id, ReviewAction action, Runnable run) {
        MenuItem item = new MenuItem(text + "   (" + action.role().label() + ")");
        item.setId(id);
        item.setMnemonicParsing(false);
        item.disableProperty().bind(model.allows(action).not());
        item.setOnAction(e -> run.run());
        return item;
    }

    /** Review › Conditions to plan…: offered while an assessment is open; the dialog says when adding is not. */
    private MenuItem conditionsItem() {
        MenuItem item = new MenuItem("Conditions to plan\u2026   (" + ReviewAction.Role.AUTHOR.label() + ")");
        item.setId("menu-review-conditions");
        item.setMnemonicParsing(false);
        item.disableProperty().bind(model.stageProperty().isNull());
        item.setOnAction(e -> {
            if (session != null) {
                ConditionsDialog.show(owner, model.conditions(session));
            }
        });
        return item;
    }

    public Menu menu() {
        return menu;
    }

    /** The line over the open assessment that says where its review stands and who can change that. */
    public Node banner() {
        return banner;
    }

    public ReviewViewModel model() {
        return model;
    }

    /**
     * An assessment was opened: it turns read-only while a reviewer has it, gaps link to its question or risk, and
     * a sign-off is checked again after each save.
     */
    public void opened(
            UUID id,
            QuestionnaireViewModel questionnaire,
            ScoringSession session,
            Consumer<String> goToQuestion,
            Consumer<String> openRisk) {
        this.goToQuestion = goToQuestion;
        this.openRisk = openRisk;
        this.session = session;
        questionnaire.readOnlyProperty().bind(model.readOnlyProperty());
        session.readOnlyProperty().bind(model.readOnlyProperty());
        // After a decision, a saved change may supersede the sign-off: check again (saves run first, in order).
        Runnable recheck = () -> {
            if (model.stageProperty().get() != null
                    && model.stageProperty().get().isDecided()) {
                model.refresh();
            }
        };
        questionnaire.unsavedProperty().addListener((obs, was, unsaved) -> {
            if (!unsaved) {
                recheck.run();
            }
        });
        session.registerProperty().addListener((obs, old, now) -> recheck.run());
        model.open(
                id,
                () -> SubmissionCheck.gaps(
                        session.answers(),
                        session.registerProperty().get(),
                        session.planProperty().get()));
    }

    /** Back in the library: nothing is open to review. */
    public void closed() {
        session = null;
        model.open(null, null);
    }

    private void submit() {
        ReviewDialogs.submit(owner, model.gaps(), this::goTo)
                .showAndWait()
                .filter(b -> b == ReviewDialogs.SUBMIT)
                .ifPresent(b -> model.submit(() -> {}));
    }

    private void goTo(SubmissionGap gap) {
        if (gap.kind() == SubmissionGap.Kind.UNANSWERED_QUESTION) {
            goToQuestion.accept(gap.targetId());
        } else {
            openRisk.accept(gap.targetId());
        }
    }

    /**
     * Who records a decision: Your details, asked first when the user has not given a name (the window hands
     * {@code YourDetails.ensureKnown} here); without it, the details as last read.
     */
    public void askWhoBeforeRecording(BiConsumer<Window, Consumer<UserIdentity>> ensureKnown) {
        this.ensureKnown = ensureKnown;
    }

    private void decide() {
        ensureKnown.accept(
                owner,
                me -> model.checkSigningKey(
                        () -> DecideDialog.show(owner, me, model).showAndWait()));
    }
}
