package org.airisk.workbench.ui.templates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.airisk.workbench.catalog.Mitigation;
import org.airisk.workbench.catalog.Risk;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnswerEffect;
import org.airisk.workbench.questionnaire.AnswerFits;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Section;
import org.airisk.workbench.ui.questionnaire.QuestionnaireViewModel;

/**
 * The editor's live preview: the questionnaire being edited, run as an assessor answers it (the real
 * questionnaire model, in memory only: nothing is saved), made afresh after every edit with the answers given so
 * far that still fit, on the section being edited, and what the answers say about which risks.
 */
public final class TemplatePreviewViewModel {
    private final TemplateEditorViewModel editor;
    private final RiskCatalog catalog;
    private final ReadOnlyObjectWrapper<QuestionnaireViewModel> questionnaire = new ReadOnlyObjectWrapper<>();
    private final ObservableList<String> effects = FXCollections.observableArrayList();

    public TemplatePreviewViewModel(TemplateEditorViewModel editor) {
        this.editor = editor;
        this.catalog = editor.catalog();
        show(editor.template());
        editor.templateProperty().addListener((o, old, now) -> show(now));
        editor.sectionProperty().addListener((o, old, now) -> followEditor(questionnaire.get()));
    }

    /** The questionnaire as an assessor sees it now; replaced after each edit. */
    public ReadOnlyObjectProperty<QuestionnaireViewModel> questionnaireProperty() {
        return questionnaire.getReadOnlyProperty();
    }

    public QuestionnaireViewModel questionnaire() {
        return questionnaire.get();
    }

    /** One line per effect the answers bring into force: the question, the answer, the risk and what changes. */
    public ObservableList<String> effects() {
        return effects;
    }

    private void show(QuestionnaireTemplate template) {
        QuestionnaireViewModel before = questionnaire.get();
        Map<String, Answer> carried = new HashMap<>();
        String sectionBefore = null;
        if (before != null) {
            before.template().questions().forEach(q -> {
                Answer answer = before.answerProperty(q.id()).get();
                template.question(q.id())
                        .filter(now -> answer != null && fits(now, answer))
                        .ifPresent(now -> carried.put(now.id(), answer));
            });
            Section current = before.currentSectionProperty().get();
            sectionBefore = current == null ? null : current.id();
        }
        QuestionnaireViewModel now = QuestionnaireViewModel.preview(template, carried);
        if (sectionBefore != null) {
            goTo(now, sectionBefore);
        }
        followEditor(now);
        now.stateProperty().addListener((o, old, state) -> effects.setAll(describe(state)));
        effects.setAll(describe(now.stateProperty().get()));
        questionnaire.set(now);
    }

    /** The preview opens the section selected in the editor, when its conditions let it show. */
    private void followEditor(QuestionnaireViewModel preview) {
        editor.selectedSection().ifPresent(s -> goTo(preview, s.id()));
    }

    private static void goTo(QuestionnaireViewModel preview, String sectionId) {
        preview.shownSections().stream()
                .filter(s -> s.id().equals(sectionId))
                .findFirst()
                .ifPresent(preview.currentSectionProperty()::set);
    }

    /** An answer kept across an edit only when the question still takes it (same kind, options still there). */
    static boolean fits(Question q, Answer answer) {
        return AnswerFits.fits(q, answer);
    }

    private List<String> describe(AnsweredQuestionnaire state) {
        return state.effectsInForce().stream()
                .map(e -> "\u201c" + e.question().text() + "\u201d: "
                        + e.question().describe(e.answer()) + " \u2192 "
                        + riskName(e.effect().risk()) + ": "
                        + change(e.effect()))
                .toList();
    }

    private String riskName(String id) {
        return id.isBlank()
                ? "(no risk chosen)"
                : catalog.risk(id).map(Risk::name).orElse(id);
    }

    /** What an effect does, in words: "likelihood +2", "does not apply", "control in place: …". */
    String change(AnswerEffect effect) {
        String since =
                effect.sinceModel() > AnswerEffect.FIRST_MODEL ? " (scoring model " + effect.sinceModel() + " on)" : "";
        return switch (effect.kind()) {
                    case NOT_APPLICABLE -> "does not apply";
                    case LIKELIHOOD -> "likelihood " + signed(effect.delta());
                    case IMPACT -> "impact " + signed(effect.delta());
                    case CONTROL ->
                        "control in place: "
                                + (effect.mitigation().isBlank()
                                        ? "(no mitigation chosen)"
                                        : catalog.mitigation(effect.mitigation())
                                                .map(Mitigation::title)
                                                .orElse(effect.mitigation()));
                }
                + since;
    }

    private static String signed(int delta) {
        return delta > 0 ? "+" + delta : Integer.toString(delta);
    }
}
