package org.airisk.workbench.review;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A frozen version to compare the assessment with, as the report's appendix "Changes since the approved version"
 * does, with the decision taken on it if any.
 */
public record ComparedVersion(ReviewVersion version, Optional<SignOff> decision) {

    /** The newest version whose decision was an approval, with or without conditions. */
    public static Optional<ComparedVersion> latestApproved(List<ReviewVersion> versions, List<SignOff> decisions) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            ReviewVersion v = versions.get(i);
            Optional<SignOff> decided = decisionOn(v, decisions);
            if (decided.map(d -> d.decision().isApproval()).orElse(false)) {
                return Optional.of(new ComparedVersion(v, decided));
            }
        }
        return Optional.empty();
    }

    /** Version {@code number}, when the assessment has it. */
    public static Optional<ComparedVersion> number(int number, List<ReviewVersion> versions, List<SignOff> decisions) {
        return versions.stream()
                .filter(v -> v.number() == number)
                .findFirst()
                .map(v -> new ComparedVersion(v, decisionOn(v, decisions)));
    }

    /** The last decision on a version (a version is decided once as the lifecycle stands). */
    private static Optional<SignOff> decisionOn(ReviewVersion version, List<SignOff> decisions) {
        return decisions.stream()
                .filter(d -> d.versionNumber() == version.number())
                .reduce((a, b) -> b);
    }

    /**
     * How the report names it: "version 2, approved on 1 Mar 2026", or "version 3, submitted on …" when it has no
     * decision yet.
     *
     * @param date how the reader's dates are written
     */
    public String label(Function<Instant, String> date) {
        return "version " + version.number() + ", "
                + decision.map(d -> d.decision().label().toLowerCase(Locale.ROOT) + " on " + date.apply(d.decidedAt()))
                        .orElse("submitted on " + date.apply(version.submittedAt()));
    }

    /** "v2", as the export dialog names it. */
    public String shortName() {
        return "v" + version.number();
    }

    /** Whether the assessment changed since this version: its content hash now differs from the version's. */
    public boolean changedSince(String currentContentHash) {
        return !version.contentHash().equals(currentContentHash);
    }
}
