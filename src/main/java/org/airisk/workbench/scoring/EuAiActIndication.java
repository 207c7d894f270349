package org.airisk.workbench.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where the EU AI Act may place the system, from its profile: each finding names the obligation, the articles and
 * the answers that led there. Indicative only: it points the assessor to what to check with counsel.
 */
public record EuAiActIndication(List<Finding> findings, List<String> openQuestions, String scopeNote) {
    public static final String NOTE = "Indicative, not legal advice: a first sort from the profile answers, "
            + "to be confirmed with legal counsel.";

    public enum Outcome {
        PROHIBITED("Possible prohibited practice", "Art. 5"),
        HIGH_RISK("High-risk", "Art. 6, Annex I / III"),
        TRANSPARENCY("Transparency obligations", "Art. 50"),
        GENERAL_PURPOSE("General-purpose AI model obligations", "Art. 53 / 55"),
        MINIMAL("Minimal risk", "no specific obligations beyond AI literacy (Art. 4)");

        private final String label;
        private final String articles;

        Outcome(String label, String articles) {
            this.label = label;
            this.articles = articles;
        }

        public String label() {
            return label;
        }

        public String articles() {
            return articles;
        }
    }

    /** One obligation that may apply, why, and the questions whose answers led there. */
    public record Finding(Outcome outcome, String explanation, List<String> becauseOf) {
        public Finding {
            becauseOf = List.copyOf(becauseOf);
        }
    }

    public EuAiActIndication {
        findings =
                findings.stream().sorted(Comparator.comparing(Finding::outcome)).toList();
        openQuestions = List.copyOf(openQuestions);
        scopeNote = scopeNote == null ? "" : scopeNote;
    }

    /** The most severe outcome; empty findings (no profile to read) give none. */
    public Optional<Outcome> headline() {
        return findings.stream().map(Finding::outcome).findFirst();
    }

    public boolean isAvailable() {
        return !findings.isEmpty();
    }

    /** "High-risk; Transparency obligations" (or the reason none can be given). */
    public String summary() {
        if (findings.isEmpty()) {
            return "Not available: this questionnaire has no system profile.";
        }
        return String.join(
                "; ", findings.stream().map(f -> f.outcome().label()).distinct().toList());
    }
}
