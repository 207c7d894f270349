package org.airisk.workbench.ui.questionnaire;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.airisk.workbench.format.UserFormats;
import org.airisk.workbench.questionnaire.MissingAnswer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnaire.Section;
import org.airisk.workbench.ui.Buttons;
import org.airisk.workbench.ui.FocusScrolling;

/**
 * Walking a questionnaire: sections on the left with their completion, the current section's questions on the
 * right, and progress, the completeness summary and the save state along the bottom.
 */
public final class QuestionnaireView extends BorderPane {
    private final QuestionnaireViewModel model;
    private final UserFormats formats;
    private final ListView<Section> sections = new ListView<>();
    private final VBox questionsBox = new VBox(12);
    private final ScrollPane scroller = new ScrollPane(questionsBox);
    private final Label sectionTitle = new Label();
    private final Label sectionDescription = new Label();
    private final List<QuestionCard> cards = new ArrayList<>();

    public QuestionnaireView(
            QuestionnaireViewModel model, UserFormats formats, Runnable backToLibrary, Runnable startAgentAssessment) {
        this.model = model;
        this.formats = formats;
        getStyleClass().add("questionnaire");
        if (model.isPreview()) {
            // the questionnaire editor's preview: no way back to a library, no section list (Next and Previous
            // walk the sections), nothing saved
            getStyleClass().add("questionnaire-preview");
        } else {
            setTop(new VBox(header(backToLibrary), agentHint(startAgentAssessment)));
            setLeft(sectionList());
        }
        setCenter(questionPane());
        setBottom(footer());
        model.currentSectionProperty().addListener((obs, old, section) -> showSection(section));
        model.stateProperty().addListener((obs, old, state) -> sections.refresh());
        model.focusRequestProperty().addListener((obs, old, questionId) -> {
            if (questionId != null) {
                Platform.runLater(() -> focusQuestion(questionId));
            }
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        FocusScrolling.follow(scroller, questionsBox);
        showSection(model.currentSectionProperty().get());
    }

    private Node header(Runnable backToLibrary) {
        Button back = new Button("\u2190 Library");
        back.setId("back-to-library");
        Buttons.hint(back, "Back to the assessment library; everything is saved", "Shortcut+L");
        back.getStyleClass().add(Styles.FLAT);
        back.setOnAction(e -> backToLibrary.run());
        Label title = new Label(model.assessment().title());
        title.getStyleClass().add(Styles.TITLE_3);
        Label subtitle = new Label(
                model.assessment().systemName().isBlank()
                        ? model.template().displayName()
                        : model.assessment().systemName() + "  \u00b7  "
                                + model.template().displayName());
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);
        VBox titles = new VBox(2, title, subtitle);
        HBox header = backToLibrary == null ? new HBox(12, titles) : new HBox(12, back, titles);
        header.setAlignment(Pos.CENTER_LEFT);
        header.setPadding(new Insets(10, 16, 10, 8));
        header.getStyleClass().add("questionnaire-header");
        return header;
    }

    /** Offered once the profile says the system acts through tools. */
    private Node agentHint(Runnable startAgentAssessment) {
        Label text = new Label("This system acts through tools. Assess its agent risks too: the AI agent risk "
                + "assessment starts with the profile answers you already gave.");
        text.setWrapText(true);
        Button start = new Button("Start agent assessment");
        start.setId("start-agent-assessment");
        start.setMinWidth(Region.USE_PREF_SIZE);
        start.getStyleClass().add(Styles.ACCENT);
        start.setOnAction(e -> startAgentAssessment.run());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox hint = new HBox(12, text, start);
        hint.setId("agent-hint");
        hint.setAlignment(Pos.CENTER_LEFT);
        hint.setPadding(new Insets(8, 16, 8, 16));
        hint.getStyleClass().add("info-banner");
        hint.visibleProperty().bind(model.agentAssessmentSuggestedProperty());
        hint.managedProperty().bind(hint.visibleProperty());
        return hint;
    }

    private Node sectionList() {
        sections.setId("section-list");
        sections.setItems(model.shownSections());
        sections.setPrefWidth(250);
        sections.setCellFactory(list -> new SectionCell());
        sections.getSelectionModel().select(model.currentSectionProperty().get());
        sections.getSelectionModel().selectedItemProperty().addListener((obs, old, section) -> {
            if (section != null && section != model.currentSectionProperty().get()) {
                model.currentSectionProperty().set(section);
            }
        });
        model.currentSectionProperty()
                .addListener((obs, old, section) -> sections.getSelectionModel().select(section));
        VBox box = new VBox(sections);
        VBox.setVgrow(sections, Priority.ALWAYS);
        box.setPadding(new Insets(12, 0, 12, 12));
        return box;
    }

    private Node questionPane() {
        sectionTitle.getStyleClass().add(Styles.TITLE_3);
        sectionTitle.setId("section-title");
        sectionDescription.getStyleClass().add(Styles.TEXT_MUTED);
        sectionDescription.setWrapText(true);
        sectionDescription.setMinHeight(Region.USE_PREF_SIZE);
        sectionTitle.setWrapText(true);
        sectionTitle.setMinHeight(Region.USE_PREF_SIZE);
        questionsBox.setPadding(new Insets(4, 20, 20, 20));
        questionsBox.setFillWidth(true);
        scroller.setFitToWidth(true);
        scroller.setId("question-scroller");
        VBox pane = new VBox(4, new VBox(2, sectionTitle, sectionDescription), scroller);
        pane.setPadding(new Insets(12, 0, 0, 16));
        VBox.setVgrow(scroller, Priority.ALWAYS);
        return pane;
    }

    private Node footer() {
        Button previous = new Button("\u2190 Previous");
        previous.setId("previous-section");
        Buttons.hint(previous, "Previous section", "Shortcut+Left");
        previous.disableProperty().bind(model.hasPreviousProperty().not());
        previous.setOnAction(e -> model.previous());
        Button next = new Button("Next \u2192");
        next.setId("next-section");
        Buttons.hint(next, "Next section", "Shortcut+Right");
        next.getStyleClass().add(Styles.ACCENT);
        next.disableProperty().bind(model.hasNextProperty().not());
        next.setOnAction(e -> model.next());

        ProgressBar progress = new ProgressBar();
        progress.setId("overall-progress");
        progress.progressProperty().bind(model.progressProperty());
        progress.setPrefWidth(200);
        Label progressText = new Label();
        progressText.setId("progress-text");
        progressText.textProperty().bind(model.progressTextProperty());

        MenuButton missing = missingMenu();
        Label saved = saveState();
        Hyperlink retry = new Hyperlink("Retry");
        retry.visibleProperty().bind(model.saveProblemProperty().isNotEmpty());
        retry.managedProperty().bind(retry.visibleProperty());
        retry.setOnAction(e -> model.retrySaving());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        previous.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        progressText.setMinWidth(Region.USE_PREF_SIZE);
        HBox bar = model.isPreview()
                ? new HBox(12, previous, next, spacer, progressText)
                : new HBox(12, previous, next, spacer, progress, progressText, missing, saved, retry);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        bar.getStyleClass().add("questionnaire-footer");
        return bar;
    }

    /** "3 to complete", opening to the list of what is still missing. */
    private MenuButton missingMenu() {
        MenuButton missing = new MenuButton();
        missing.setId("missing-answers");
        missing.getStyleClass().add(Styles.FLAT);
        missing.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.missingAnswers().isEmpty()
                                ? "Nothing required is missing"
                                : model.missingAnswers().size() + " to complete",
                        model.missingAnswers()));
        missing.disableProperty().bind(Bindings.isEmpty(model.missingAnswers()));
        missing.setOnShowing(e -> missing.getItems().setAll(missingItems()));
        return missing;
    }

    /** "Saved", "Saving…" or "Not saved", with why not in its tooltip. */
    private Label saveState() {
        Label saved = new Label();
        saved.setId("save-state");
        saved.textProperty().bind(model.saveTextProperty());
        model.saveTextProperty().addListener((obs, old, text) -> {
            saved.getStyleClass().removeAll(Styles.DANGER, Styles.SUCCESS);
            saved.getStyleClass().add("Not saved".equals(text) ? Styles.DANGER : Styles.SUCCESS);
        });
        saved.getStyleClass().add(Styles.SUCCESS);
        Tooltip why = new Tooltip();
        why.textProperty().bind(model.saveProblemProperty());
        why.setWrapText(true);
        why.setMaxWidth(420);
        model.saveProblemProperty()
                .addListener((obs, old, problem) -> saved.setTooltip(problem.isEmpty() ? null : why));
        return saved;
    }

    private static final double MISSING_ITEM_WIDTH = 560;

    private List<CustomMenuItem> missingItems() {
        List<CustomMenuItem> items = new ArrayList<>();
        for (MissingAnswer m : model.missingAnswers()) {
            Hyperlink link = new Hyperlink(
                    m.section().title() + ": " + m.question().text() + (m.needsReason() ? " \u2014 " + m.what() : ""));
            link.setOnAction(e -> model.goTo(m.question().id()));
            // Long questions wrap instead of stretching the list past the window (the list scrolls when tall).
            link.setWrapText(true);
            link.setMaxWidth(MISSING_ITEM_WIDTH);
            link.setPrefWidth(MISSING_ITEM_WIDTH);
            CustomMenuItem item = new CustomMenuItem(link);
            item.setOnAction(e -> model.goTo(m.question().id()));
            items.add(item);
        }
        return items;
    }

    private void showSection(Section section) {
        cards.clear();
        questionsBox.getChildren().clear();
        if (section == null) {
            sectionTitle.setText("No section to answer");
            sectionDescription.setText("None of this questionnaire's sections applies with the answers given.");
            return;
        }
        sectionTitle.setText(section.title());
        sectionDescription.setText(section.description());
        for (var question : section.questions()) {
            QuestionCard card = new QuestionCard(question, model, formats);
            cards.add(card);
            questionsBox.getChildren().add(card);
        }
        scroller.setVvalue(0);
    }

    private void focusQuestion(String questionId) {
        for (QuestionCard card : cards) {
            if (card.question().id().equals(questionId)) {
                scrollTo(card);
                card.focusAnswer();
                return;
            }
        }
    }

    private void scrollTo(Node node) {
        questionsBox.layout();
        Bounds bounds = node.getBoundsInParent();
        double contentHeight =
                questionsBox.getHeight() - scroller.getViewportBounds().getHeight();
        if (contentHeight > 0) {
            scroller.setVvalue(Math.min(1, Math.max(0, bounds.getMinY() / contentHeight)));
        }
    }

    private void onKey(KeyEvent e) {
        if (e.isShortcutDown() && e.getCode() == KeyCode.RIGHT) {
            model.next();
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.LEFT) {
            model.previous();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER
                && !e.isShortcutDown()
                && !(e.getTarget() instanceof TextArea)
                && !(e.getTarget() instanceof Button)
                && !(e.getTarget() instanceof Hyperlink)) {
            QuestionCard current = cardOf(e.getTarget());
            if (current != null) {
                focusNextAfter(current);
                e.consume();
            }
        }
    }

    /** The question the keyboard focus is in, else the first shown one of the section: what a comment is on. */
    public Optional<String> currentQuestion() {
        QuestionCard focused = getScene() == null ? null : cardOf(getScene().getFocusOwner());
        return Optional.ofNullable(
                        focused != null
                                ? focused
                                : cards.stream()
                                        .filter(Node::isVisible)
                                        .findFirst()
                                        .orElse(null))
                .map(c -> c.question().id());
    }

    private QuestionCard cardOf(Object target) {
        Node node = target instanceof Node n ? n : null;
        while (node != null && !(node instanceof QuestionCard)) {
            node = node.getParent();
        }
        return (QuestionCard) node;
    }

    /** Enter moves to the next shown question, and past the last one to the next section. */
    private void focusNextAfter(QuestionCard current) {
        int i = cards.indexOf(current);
        for (int j = i + 1; j < cards.size(); j++) {
            if (cards.get(j).isVisible()) {
                scrollTo(cards.get(j));
                cards.get(j).focusAnswer();
                return;
            }
        }
        if (model.hasNextProperty().get()) {
            model.next();
            cards.stream().filter(Node::isVisible).findFirst().ifPresent(c -> Platform.runLater(c::focusAnswer));
        }
    }

    /** Completion marks: a tick for a finished section, otherwise answered of required. */
    private final class SectionCell extends ListCell<Section> {
        @Override
        protected void updateItem(Section section, boolean empty) {
            super.updateItem(section, empty);
            if (empty || section == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Progress progress = model.progress(section);
            Label mark = new Label(progress.isComplete() ? "\u2714" : progress.answered() + "/" + progress.required());
            mark.getStyleClass().add(progress.isComplete() ? Styles.SUCCESS : Styles.TEXT_MUTED);
            Label title = new Label(section.title());
            title.setWrapText(true);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(8, title, spacer, mark);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setPrefWidth(0);
            setText(null);
            setGraphic(row);
        }
    }
}
