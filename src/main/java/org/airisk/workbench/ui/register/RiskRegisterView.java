package org.airisk.workbench.ui.register;

import atlantafx.base.theme.Styles;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.airisk.workbench.catalog.Pillar;
import org.airisk.workbench.catalog.RiskCategory;
import org.airisk.workbench.scoring.Contribution;
import org.airisk.workbench.scoring.EuAiActIndication;
import org.airisk.workbench.scoring.MethodChange;
import org.airisk.workbench.scoring.Rating;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.ui.Buttons;
import org.airisk.workbench.ui.FilterBox;
import org.airisk.workbench.ui.FocusScrolling;
import org.airisk.workbench.ui.Tables;

/**
 * The risk register: applicable risks with inherent and residual ratings, the explanation of the selected one
 * beside them (every answer that moved it, every control that lowers it), override editing, and the risks left
 * out with their reasons.
 */
public final class RiskRegisterView extends BorderPane {
    private static final ButtonType RESCORE = new ButtonType("Rescore", ButtonBar.ButtonData.OK_DONE);
    private final RiskRegisterViewModel model;
    private final Consumer<String> goToQuestion;
    private final TableView<RiskScore> table = new TableView<>();
    private final VBox detail = new VBox(12);
    private final TextField search = new TextField();

    public RiskRegisterView(RiskRegisterViewModel model, Consumer<String> goToQuestion) {
        this.model = model;
        this.goToQuestion = goToQuestion;
        setId("risk-register");
        setPadding(new Insets(12, 20, 12, 20));
        setTop(header());
        SplitPane split = new SplitPane(table(), detailPane());
        split.setDividerPositions(0.64);
        setCenter(split);
        setBottom(LeftOutRisks.pane(model));
        model.selectedProperty().addListener((obs, old, risk) -> showDetail(risk));
        model.session()
                .registerProperty()
                .addListener(
                        (obs, old, now) -> showDetail(model.selectedProperty().get()));
        if (!model.shownRisks().isEmpty()) {
            model.selectedProperty().set(model.shownRisks().get(0));
        }
        showDetail(model.selectedProperty().get());
    }

    public void focusSearch() {
        search.requestFocus();
    }

    private Node header() {
        HBox facts = new HBox(12, summary(), indication());
        facts.setAlignment(Pos.CENTER_LEFT);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ComboBox<String> level = filterBox(
                FilterBox.create("register-filter-level", "All levels", s -> s),
                model.levelNames(),
                model.levelProperty());
        ComboBox<RiskCategory> category = filterBox(
                FilterBox.create("register-filter-category", "All categories", RiskCategory::label),
                List.of(RiskCategory.values()),
                model.categoryProperty());
        ComboBox<Pillar> pillar = filterBox(
                FilterBox.create("register-filter-pillar", "All pillars", Pillar::label),
                List.of(Pillar.values()),
                model.pillarProperty());
        HBox filters = new HBox(
                8, searchField(), level, category, pillar, uncertainOnly(), spacer, methodLabel(), rescoreButton());
        filters.setAlignment(Pos.CENTER_LEFT);
        VBox header = new VBox(8, facts, filters);
        header.setPadding(new Insets(0, 0, 10, 0));
        return header;
    }

    private Label summary() {
        Label summary = new Label();
        summary.setId("register-summary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        summary.textProperty().bind(model.summaryProperty());
        return summary;
    }

    /** The EU AI Act indication as a tag; its tooltip gives each finding with its articles. */
    private Label indication() {
        Label indication = new Label();
        indication.setId("register-eu-ai-act");
        indication.getStyleClass().add("tag");
        indication.textProperty().bind(model.indicationProperty());
        Tooltip explain = new Tooltip();
        explain.setWrapText(true);
        explain.setMaxWidth(460);
        explain.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> indicationDetail(
                                model.session().indicationProperty().get()),
                        model.session().indicationProperty()));
        indication.setTooltip(explain);
        return indication;
    }

    /** The scoring method the register is scored with; the tooltip describes it. */
    private Label methodLabel() {
        Label method = new Label();
        method.getStyleClass().add(Styles.TEXT_MUTED);
        method.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.session().method().summary(),
                        model.session().methodProperty()));
        method.setMinWidth(Region.USE_PREF_SIZE);
        Tooltip methodDetail = new Tooltip();
        methodDetail
                .textProperty()
                .bind(Bindings.createStringBinding(
                        () -> model.session().method().describe(),
                        model.session().methodProperty()));
        method.setTooltip(methodDetail);
        return method;
    }

    /** Shown only when the method's settings differ from those the assessment was scored with. */
    private Button rescoreButton() {
        Button rescore = new Button("Rescore with current method");
        rescore.setId("register-rescore");
        rescore.getStyleClass().add(Styles.SMALL);
        rescore.visibleProperty().bind(model.session().settingsDifferProperty());
        rescore.managedProperty().bind(rescore.visibleProperty());
        rescore.setOnAction(e -> confirmRescore());
        return rescore;
    }

    private TextField searchField() {
        search.setId("register-search");
        search.setPromptText("Search risks (Ctrl+F)");
        search.setPrefColumnCount(14);
        search.textProperty().bindBidirectional(model.searchProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
            }
        });
        return search;
    }

    private static <T> ComboBox<T> filterBox(ComboBox<T> box, List<T> choices, Property<T> filter) {
        box.getItems().addAll(choices);
        box.valueProperty().bindBidirectional(filter);
        box.setPrefWidth(145);
        return box;
    }

    private CheckBox uncertainOnly() {
        CheckBox uncertain = new CheckBox("Rests on open answers");
        uncertain.setId("register-filter-uncertain");
        uncertain.setTooltip(new Tooltip("Only the risks whose score assumes the worse answer to a question left "
                + "unanswered or answered \u201cnot sure\u201d"));
        uncertain.selectedProperty().bindBidirectional(model.uncertainOnlyProperty());
        uncertain.setMinWidth(Region.USE_PREF_SIZE);
        return uncertain;
    }

    private static String indicationDetail(EuAiActIndication indication) {
        if (indication == null || !indication.isAvailable()) {
            return "This questionnaire has no system profile, so no EU AI Act indication can be given.";
        }
        StringBuilder text = new StringBuilder();
        for (EuAiActIndication.Finding f : indication.findings()) {
            text.append(f.outcome().label())
                    .append(" (")
                    .append(f.outcome().articles())
                    .append("): ")
                    .append(f.explanation())
                    .append("\n\n");
        }
        if (!indication.scopeNote().isEmpty()) {
            text.append(indication.scopeNote()).append("\n\n");
        }
        if (!indication.openQuestions().isEmpty()) {
            text.append("Unanswered profile questions: ")
                    .append(indication.openQuestions().size())
                    .append(".\n\n");
        }
        return text.append(EuAiActIndication.NOTE).toString();
    }

    private Node table() {
        table.setId("register-table");
        table.setItems(model.shownRisks());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(Tables.textColumn("Risk", 210, s -> s.risk().name()));
        table.getColumns()
                .add(Tables.textColumn("Category", 88, s -> s.risk().category().label()));
        table.getColumns().add(rating("Inherent", RiskScore::inherent, true, true));
        table.getColumns().add(rating("Residual now", RiskScore::residual, false, false));
        table.getColumns().add(rating("Target", RiskScore::target, false, true));
        TableColumn<RiskScore, String> flag = Tables.textColumn("", 30, s -> s.raisedByAssumptions() ? "\u26a0" : "");
        flag.setId("register-assumed");
        Label flagHeader = new Label("\u26a0");
        flagHeader.setTooltip(new Tooltip("Rating raised by worst-case assumptions for "
                + "unanswered questions; the order follows the answers given"));
        flag.setGraphic(flagHeader);
        flag.setSortable(false);
        table.getColumns().add(flag);
        Label empty = new Label();
        empty.setWrapText(true);
        empty.setMaxWidth(420);
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.textProperty()
                .bind(Bindings.createStringBinding(
                        () -> {
                            var register = model.session().registerProperty().get();
                            return register.applicable().isEmpty()
                                            && register.notApplicable().isEmpty()
                                    ? "This questionnaire asks nothing that rates a risk. Start a foundation-model or AI agent "
                                            + "assessment for a risk register."
                                    : "No applicable risk matches these filters. Clear the filters to see all.";
                        },
                        model.session().registerProperty()));
        table.setPlaceholder(new StackPane(empty));
        Tables.bindSelection(table, model.selectedProperty());
        return table;
    }

    /** A rating column: "L4 × I3" and the level chip; the inherent one marks overrides with ✎. */
    private static TableColumn<RiskScore, RiskScore> rating(
            String title, Function<RiskScore, Rating> rating, boolean marksOverride, boolean compact) {
        TableColumn<RiskScore, RiskScore> column = new TableColumn<>(title);
        column.setPrefWidth(compact ? 124 : 178);
        column.setMinWidth(compact ? 118 : 170);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        column.setComparator(Comparator.comparingInt(s -> rating.apply(s).score()));
        column.setCellFactory(c -> new TableCell<>() {
            private final Label chip = new Label();
            private final Label axes = new Label();
            private final HBox box = new HBox(6, axes, chip);

            {
                box.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(RiskScore item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Rating r = rating.apply(item);
                LevelChip.show(chip, r);
                String mark = marksOverride && item.isOverridden() ? " \u270e" : "";
                axes.setText(compact ? mark : LevelChip.axes(r) + mark);
                axes.setVisible(!axes.getText().isEmpty());
                axes.setManaged(axes.isVisible());
                setTooltip(new Tooltip(title + ": " + r));
                setGraphic(box);
            }
        });
        return column;
    }

    private Node detailPane() {
        detail.setId("register-detail");
        detail.setPadding(new Insets(4, 4, 12, 16));
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        FocusScrolling.follow(scroll, detail);
        return scroll;
    }

    private void showDetail(RiskScore risk) {
        detail.getChildren().clear();
        if (risk == null) {
            Label none = new Label("Select a risk to see why it is rated as it is.");
            none.getStyleClass().add(Styles.TEXT_MUTED);
            detail.getChildren().add(none);
            return;
        }
        Label name = new Label(risk.risk().name());
        name.getStyleClass().add(Styles.TITLE_3);
        name.setWrapText(true);
        Label facts =
                new Label(risk.riskId() + " \u00b7 " + risk.risk().category().label() + " \u00b7 "
                        + String.join(
                                ", ",
                                risk.risk().pillars().stream()
                                        .sorted()
                                        .map(Pillar::label)
                                        .toList()));
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        facts.setWrapText(true);
        GridPane ratings = new GridPane();
        ratings.setHgap(10);
        ratings.setVgap(4);
        ratings.addRow(0, muted("Inherent"), new Label(LevelChip.axes(risk.inherent())), LevelChip.of(risk.inherent()));
        ratings.addRow(
                1, muted("Residual now"), new Label(LevelChip.axes(risk.residual())), LevelChip.of(risk.residual()));
        ratings.addRow(2, muted("Target"), new Label(LevelChip.axes(risk.target())), LevelChip.of(risk.target()));
        ratings.setId("register-detail-ratings");
        detail.getChildren().addAll(name, facts, ratings);
        if (risk.isOverridden()) {
            Label overridden = new Label("\u270e Overridden by the assessor (calculated " + risk.calculated() + "): "
                    + risk.override().justification());
            overridden.setId("register-override-note");
            overridden.setWrapText(true);
            overridden.getStyleClass().add("warning-banner");
            detail.getChildren().add(overridden);
        }
        detail.getChildren().add(section("Why it is rated so"));
        detail.getChildren().add(reasons(risk.reasons()));
        detail.getChildren().add(section("What lowers it"));
        if (risk.reductions().isEmpty()) {
            detail.getChildren().add(muted("No control in place or in the plan yet. See the mitigation plan."));
        } else {
            detail.getChildren().add(reasons(risk.reductions()));
        }
        if (risk.restsOnAssumptions()) {
            Label uncertain = new Label((risk.raisedByAssumptions() ? "\u26a0 Assumptions raise this rating: " : "")
                    + "it rests on " + risk.uncertainQuestions().size()
                    + " unanswered or \u201cnot sure\u201d answer(s). The worse plausible answer is assumed until "
                    + "they are answered; the register's order follows the answers given.");
            uncertain.setWrapText(true);
            uncertain.getStyleClass().add("info-banner");
            detail.getChildren().add(uncertain);
        }
        detail.getChildren().add(section("Override"));
        Node overrideEditor = OverrideEditor.of(model, risk);
        overrideEditor.disableProperty().bind(model.session().readOnlyProperty());
        detail.getChildren().add(overrideEditor);
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TEXT_BOLD);
        return label;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    private Node reasons(List<Contribution> contributions) {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        int row = 0;
        for (Contribution c : contributions) {
            Label kind = muted(c.kind().label());
            kind.setMinWidth(120);
            kind.setMaxWidth(150);
            VBox what = new VBox(2);
            Label subject = new Label(c.subject());
            subject.setWrapText(true);
            what.getChildren().add(subject);
            if (!c.detail().isEmpty()) {
                what.getChildren().add(muted(c.detail()));
            }
            if (!c.questionId().isEmpty()) {
                Hyperlink go = new Hyperlink("Go to the question");
                go.setPadding(Insets.EMPTY);
                go.setId("goto-" + c.questionId());
                go.setOnAction(e -> goToQuestion.accept(c.questionId()));
                what.getChildren().add(go);
            }
            Label effect = new Label(c.kind() == Contribution.Kind.START ? "" : c.effect());
            effect.setMinWidth(Region.USE_PREF_SIZE);
            GridPane.setHgrow(what, Priority.ALWAYS);
            grid.addRow(row++, kind, what, effect);
        }
        return grid;
    }

    /** Shows what rescoring would change (levels, the top 10, above appetite) and rescores only when asked to. */
    private void confirmRescore() {
        MethodChange change = model.session().previewRescore();
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION, "", RESCORE, Buttons.CANCEL);
        ask.initOwner(getScene() == null ? null : getScene().getWindow());
        ask.setTitle("Rescore with the current method");
        ask.setHeaderText(change.changesNothing() ? "Rescoring changes no rating" : "What rescoring would change");
        TextArea detail = new TextArea(change.describe());
        detail.setId("rescore-preview");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefSize(560, 300);
        ask.getDialogPane().setContent(detail);
        ask.showAndWait()
                .filter(b -> b == RESCORE)
                .ifPresent(b -> model.session().rescoreWithCurrentMethod());
    }
}
