package org.airisk.workbench.ui.library;

import javafx.animation.PauseTransition;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.Duration;

/** The library's search box: asks once the typing pauses; Esc clears it, Down or Enter goes to the table. */
final class LibrarySearchField extends TextField {
    /** How long typing must pause before the database is asked: fast typists ask once per word. */
    static final int SEARCH_PAUSE_MS = 250;

    LibrarySearchField(LibraryViewModel model, Runnable toTable) {
        setId("library-search");
        setPromptText("Search title, system, questionnaire, owner (Ctrl+F)");
        setPrefColumnCount(30);
        setText(model.searchProperty().get());
        // The database answers each search: it is asked once the typing pauses, not on every keystroke.
        PauseTransition typing = new PauseTransition(Duration.millis(SEARCH_PAUSE_MS));
        typing.setOnFinished(e -> model.searchProperty().set(getText()));
        textProperty().addListener((obs, old, text) -> {
            if (text.isBlank()) {
                typing.stop();
                model.searchProperty().set(text);
            } else {
                typing.playFromStart();
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                clear();
            } else if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                toTable.run();
            }
        });
    }
}
