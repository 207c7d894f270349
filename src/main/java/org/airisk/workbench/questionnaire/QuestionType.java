package org.airisk.workbench.questionnaire;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of question a template may ask; the template files name them by {@link #templateName()}. */
public enum QuestionType {
    SINGLE_CHOICE("single_choice", "Single choice"),
    MULTIPLE_CHOICE("multiple_choice", "Multiple choice"),
    YES_NO_UNSURE("yes_no", "Yes / no / not sure"),
    SCALE("scale", "Scale 1-5"),
    SHORT_TEXT("short_text", "Short text"),
    LONG_TEXT("long_text", "Long text"),
    NUMBER("number", "Number"),
    DATE("date", "Date");

    private final String templateName;
    private final String label;

    QuestionType(String templateName, String label) {
        this.templateName = templateName;
        this.label = label;
    }

    public String templateName() {
        return templateName;
    }

    public String label() {
        return label;
    }

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == YES_NO_UNSURE;
    }

    public boolean isNumeric() {
        return this == NUMBER || this == SCALE;
    }

    public static Optional<QuestionType> fromTemplateName(String name) {
        return Arrays.stream(values()).filter(t -> t.templateName.equals(name)).findFirst();
    }

    public static String allTemplateNames() {
        return String.join(
                ", ", Arrays.stream(values()).map(QuestionType::templateName).toList());
    }
}
