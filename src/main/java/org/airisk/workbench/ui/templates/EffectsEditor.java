package org.airisk.workbench.ui.templates;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.questionnaire.AnswerEffect;
import org.airisk.workbench.questionnaire.Condition;
import org.airisk.workbench.questionnaire.Option;
import org.airisk.workbench.questionnaire.Question;

/**
 * The answer effects of the selected question: the list, and for the one selected the answer that brings it into
 * force, the risk (searched in the catalog by name or id), what it does (not applicable, likelihood or impact up
 * or down, a control in place) and, for a control, the mitigation.
 */
final class EffectsEditor extends VBox {
    private static final String[] KIND_WORDS = {
        "The risk does not apply", "Likelihood changes by", "Impact changes by", "A control is in place"
    };

    private final TemplateEditorViewModel model;
    private final CatalogSearch search;
    private final ListView<AnswerEffect> effects = new ListView<>();
    private final ComboBox<Option> answer = new ComboBox<>();
    private final TextField answerText = new TextField();
    private final TextField riskSearch = new TextField();
    private final ListView<Risk> risks = new ListView<>();
    private final ChoiceBox<AnswerEffect.Kind> kind = new ChoiceBox<>();
    private final Spinner<Integer> step = new Spinner<>(-AnswerEffect.MAX_DELTA, AnswerEffect.MAX_DELTA, 1);
    private final TextField mitigationSearch = new TextField();
    private final ListView<Mitigation> mitigations = new ListView<>();
    private final VBox detail;
    private final VBox mitigationBox;
    private boolean updating;

    EffectsEditor(TemplateEditorViewModel model) {
        super(6);
        this.model = model;
        this.search = new CatalogSearch(model.catalog());
        setUpFields();

        Button add = TemplateEditorView.button("Add effect", "effect-add", () -> {
            model.effects().add("");
            effects.getSelectionModel().selectLast();
        });
        Button remove = TemplateEditorView.button(
                "Remove", "effect-remove", () -> model.effects().remove(selected()));
        remove.disableProperty()
                .bind(effects.getSelectionModel().selectedItemProperty().isNull());
        HBox stepRow = new HBox(6, kind, step);
        stepRow.setAlignment(Pos.CENTER_LEFT);
        mitigationBox = new VBox(4, mitigationSearch, mitigations);
        HBox when = new HBox(6, new Label("When the answer is"), answer, answerText);
        when.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(answer, Priority.ALWAYS);
        HBox.setHgrow(answerText, Priority.ALWAYS);
        detail = new VBox(4, when, new Label("Risk"), riskSearch, risks, stepRow, mitigationBox);
        getChildren().addAll(effects, new HBox(6, add, remove), detail);
        saveEdits();
    }

    /** The ids, prompts and cells of the fields that show the selected effect. */
    private void setUpFields() {
        effects.setId("effects-list");
        answer.setId("effect-answer");
        answerText.setId("effect-answer-text");
        riskSearch.setId("effect-risk-search");
        risks.setId("effect-risks");
        kind.setId("effect-kind");
        step.setId("effect-step");
        mitigationSearch.setId("effect-mitigation-search");
        mitigations.setId("effect-mitigations");
        effects.setPrefHeight(84);
        effects.setPlaceholder(new Label("No answer here changes a risk."));
        effects.setCellFactory(list -> QuestionEditorView.cell(this::describe));
        answer.setCellFactory(list -> QuestionEditorView.cell(o -> o == null ? "" : o.label()));
        answer.setButtonCell(QuestionEditorView.cell(o -> o == null ? "" : o.label()));
        answer.setMaxWidth(Double.MAX_VALUE);
        answerText.setPromptText("The answer, as typed");
        riskSearch.setPromptText("Search risks by name or id");
        mitigationSearch.setPromptText("Search mitigations by name or id");
        risks.setPrefHeight(96);
        risks.setCellFactory(list -> QuestionEditorView.cell(r -> r == null ? "" : r.name() + "  (" + r.id() + ")"));
        mitigations.setPrefHeight(96);
        mitigations.setCellFactory(
                list -> QuestionEditorView.cell(m -> m == null ? "" : m.title() + "  (" + m.id() + ")"));
        kind.getItems().setAll(AnswerEffect.Kind.values());
        kind.setConverter(QuestionEditorView.converter(k -> KIND_WORDS[k.ordinal()]));
        step.setPrefWidth(80);
    }

    /** Each change to a field goes to the selected effect in the model. */
    private void saveEdits() {
        effects.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> {
            if (!updating) {
                showSelected();
            }
        });
        answer.setOnAction(e -> act(() -> Optional.ofNullable(answer.getValue())
                .ifPresent(opt -> model.effects().setAnswer(selected(), opt.id()))));
        answerText
                .textProperty()
                .addListener((o, old, now) -> act(() -> model.effects().setAnswer(selected(), now)));
        riskSearch.textProperty().addListener((o, old, now) -> listRisks());
        risks.getSelectionModel()
                .selectedItemProperty()
                .addListener((o, old, now) -> act(() -> {
                    if (now != null) {
                        model.effects().setRisk(selected(), now.id());
                    }
                }));
        kind.setOnAction(e -> act(() -> model.effects().setKind(selected(), kind.getValue())));
        step.valueProperty()
                .addListener((o, old, now) -> act(() -> model.effects().setStep(selected(), now)));
        mitigationSearch.textProperty().addListener((o, old, now) -> listMitigations());
        mitigations
                .getSelectionModel()
                .selectedItemProperty()
                .addListener((o, old, now) -> act(() -> {
                    if (now != null) {
                        model.effects().setMitigation(selected(), now.id());
                    }
                }));
    }

    /** Shows the selected question's effects, keeping the one selected. */
    void refresh(Question q) {
        updating = true;
        int at = selected();
        List<AnswerEffect> now = q == null ? List.of() : q.effects();
        effects.getItems().setAll(now);
        effects.getSelectionModel().select(Math.min(at, now.size() - 1));
        updating = false;
        showSelected();
    }

    private void showSelected() {
        updating = true;
        Question q = model.selectedQuestion().orElse(null);
        AnswerEffect e = effects.getSelectionModel().getSelectedItem();
        detail.setDisable(e == null || q == null);
        boolean byOption = q != null && q.type().hasOptions();
        answer.setVisible(byOption);
        answer.setManaged(byOption);
        answerText.setVisible(!byOption);
        answerText.setManaged(!byOption);
        answer.getItems().setAll(byOption ? q.options() : List.of());
        String value = e != null && e.when() instanceof Condition.Equals eq ? eq.value() : "";
        answer.setValue(byOption ? q.option(value).orElse(null) : null);
        if (!byOption && !answerText.getText().equals(value)) {
            answerText.setText(value);
        }
        kind.setValue(e == null ? null : e.kind());
        boolean steps = e != null && (e.kind() == AnswerEffect.Kind.LIKELIHOOD || e.kind() == AnswerEffect.Kind.IMPACT);
        step.setVisible(steps);
        step.setManaged(steps);
        if (steps && step.getValue() != e.delta()) {
            step.getValueFactory().setValue(e.delta());
        }
        boolean control = e != null && e.kind() == AnswerEffect.Kind.CONTROL;
        mitigationBox.setVisible(control);
        mitigationBox.setManaged(control);
        updating = false;
        listRisks();
        listMitigations();
    }

    private void listRisks() {
        AnswerEffect e = effects.getSelectionModel().getSelectedItem();
        list(risks, search.risks(riskSearch.getText()), Risk::id, e == null ? "" : e.risk());
    }

    private void listMitigations() {
        AnswerEffect e = effects.getSelectionModel().getSelectedItem();
        list(
                mitigations,
                search.mitigations(mitigationSearch.getText(), e == null ? "" : e.risk()),
                Mitigation::id,
                e == null ? "" : e.mitigation());
    }

    /** Shows what the search found, the effect's own choice selected (and scrolled to) when it is among them. */
    private <T> void list(ListView<T> list, List<T> found, Function<T, String> id, String chosen) {
        updating = true;
        list.getItems().setAll(found);
        found.stream()
                .filter(item -> id.apply(item).equals(chosen))
                .findFirst()
                .ifPresentOrElse(
                        item -> {
                            list.getSelectionModel().select(item);
                            list.scrollTo(item);
                        },
                        () -> list.getSelectionModel().clearSelection());
        updating = false;
    }

    /** "No → Data privacy rights alignment: likelihood +2". */
    private String describe(AnswerEffect e) {
        if (e == null) {
            return "";
        }
        Question q = model.selectedQuestion().orElse(null);
        String when = e.when() instanceof Condition.Equals eq && q != null
                ? q.option(eq.value())
                        .map(Option::label)
                        .orElse(eq.value().isEmpty() ? "(no answer chosen)" : eq.value())
                : "(a condition as written in the file)";
        String risk = e.risk().isBlank()
                ? "(choose a risk)"
                : model.catalog().risk(e.risk()).map(Risk::name).orElse(e.risk());
        String does = switch (e.kind()) {
            case NOT_APPLICABLE -> "does not apply";
            case LIKELIHOOD -> "likelihood " + (e.delta() > 0 ? "+" : "") + e.delta();
            case IMPACT -> "impact " + (e.delta() > 0 ? "+" : "") + e.delta();
            case CONTROL -> "control " + (e.mitigation().isBlank() ? "(choose a mitigation)" : e.mitigation());
        };
        return when + " \u2192 " + risk + ": " + does;
    }

    private int selected() {
        return effects.getSelectionModel().getSelectedIndex();
    }

    private void act(Runnable edit) {
        if (!updating && selected() >= 0) {
            edit.run();
        }
    }
}
