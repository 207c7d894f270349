package org.airisk.workbench.scoring;

/**
 * One reason in a score's explanation: where likelihood and impact started, an answer or profile factor that
 * moved them, a worst case assumed for an unanswered question, or a control or plan item that lowers the residual
 * risk. Steps are on the 5-point answer scale (negative for reductions).
 */
public record Contribution(Kind kind, String questionId, String subject, String detail, int likelihood, int impact) {

    public enum Kind {
        START("Starting point"),
        PROFILE("System profile"),
        ANSWER("Answer"),
        ASSUMED("Unanswered: worst case assumed"),
        CONTROL("Control in place"),
        PLAN("Mitigation plan"),
        /** How the model added the pieces up; the detail says so and gives the result. */
        COMBINED("Combined"),
        /** A safeguard a question asks about that is not (known to be) in place: what would lower the risk. */
        MISSING("Safeguard not in place");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Contribution {
        questionId = questionId == null ? "" : questionId;
        subject = subject == null ? "" : subject;
        detail = detail == null ? "" : detail;
    }

    /** "+2 likelihood, +1 impact"; "no change" when both are 0. */
    public String effect() {
        if (kind == Kind.COMBINED || kind == Kind.MISSING) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (likelihood != 0) {
            text.append(signed(likelihood)).append(" likelihood");
        }
        if (impact != 0) {
            text.append(text.length() > 0 ? ", " : "").append(signed(impact)).append(" impact");
        }
        return text.length() == 0 ? "no change" : text.toString();
    }

    private static String signed(int value) {
        return value > 0 ? "+" + value : "\u2212" + -value;
    }
}
