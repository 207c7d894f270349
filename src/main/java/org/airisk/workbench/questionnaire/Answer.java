package org.airisk.workbench.questionnaire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** What an assessor answered to one question. Each question type takes one kind of answer. */
public sealed interface Answer {

    /** False for an empty text or an empty selection: such an answer does not count as answered. */
    boolean isGiven();

    /** The selected option of a single-choice or yes/no/not sure question. */
    record Choice(String option) implements Answer {
        public Choice {
            Objects.requireNonNull(option, "option");
        }

        public boolean isGiven() {
            return !option.isBlank();
        }
    }

    /** The selected options of a multiple-choice question, in the template's order. */
    record Choices(List<String> options) implements Answer {
        public Choices {
            options = List.copyOf(options);
        }

        public boolean isGiven() {
            return !options.isEmpty();
        }
    }

    record Text(String text) implements Answer {
        public Text {
            text = text == null ? "" : text;
        }

        public boolean isGiven() {
            return !text.isBlank();
        }
    }

    /** A number, kept in one canonical form so that 25000, 25000.0 and 2.5E+4 are the same answer. */
    record Number(BigDecimal value) implements Answer {
        public Number {
            Objects.requireNonNull(value, "value");
            value = value.stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
        }

        public boolean isGiven() {
            return true;
        }
    }

    record Scale(int point) implements Answer {
        public Scale {
            if (point < Question.SCALE_MIN || point > Question.SCALE_MAX) {
                throw new IllegalArgumentException("A scale answer is between 1 and 5, not " + point);
            }
        }

        public boolean isGiven() {
            return true;
        }
    }

    record Date(LocalDate value) implements Answer {
        public Date {
            Objects.requireNonNull(value, "value");
        }

        public boolean isGiven() {
            return true;
        }
    }
}
