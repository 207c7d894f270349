package org.airisk.workbench.questionnairedata.surveyjs;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.airisk.workbench.questionnaire.QuestionType;

/**
 * What a condition needs to know of a question already mapped: its id in the template, its type, and which option
 * id each SurveyJS value became (values as the survey writes them: {@code 1}, {@code "item1"}, {@code true}).
 */
record MappedQuestion(String id, QuestionType type, Map<String, String> optionByValue) {
    MappedQuestion {
        optionByValue = Collections.unmodifiableMap(new LinkedHashMap<>(optionByValue));
    }

    /** One spelling for a value, so 1, 1.0 and "1" find the same option. */
    static String key(Object value) {
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number number) {
            return key(new BigDecimal(number.toString()));
        }
        if (value instanceof String text) {
            try {
                return key(new BigDecimal(text.strip()));
            } catch (NumberFormatException e) {
                return text;
            }
        }
        return String.valueOf(value);
    }

    boolean hasOptions() {
        return !optionByValue.isEmpty();
    }
}
