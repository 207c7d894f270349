package org.airisk.workbench.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.review.Decision;
import org.airisk.workbench.review.ReviewRepository;
import org.airisk.workbench.review.ReviewVersion;
import org.airisk.workbench.review.SignOff;
import org.airisk.workbench.review.StoredSubmissionCheck;
import org.airisk.workbench.review.SubmissionGap;
import org.airisk.workbench.settings.UserIdentity;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.JdbcPreferences;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.JdbcReviewRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The review lifecycle on the command line (docs/review.md): submit, start-review, decide, reopen, versions. */
final class ReviewCommands {
    static final Set<String> NAMES = Set.of(
            "submit", "start-review", "decide", "reopen", "versions", SignOffCommands.VERIFY, ConditionsCommand.NAME);

    private ReviewCommands() {}

    static ReviewRepository reviews(CommandLine root, WorkbenchDatabase db) {
        JdbcPreferences preferences = new JdbcPreferences(db);
        return new JdbcReviewRepository(db, root.clock, () -> Workbench.settingsMethod(preferences));
    }

    /** Who the user said they are in Your details, as the window records it. */
    static UserIdentity identity(WorkbenchDatabase db) {
        return UserIdentity.read(new JdbcPreferences(db));
    }

    /** One review step on one assessment (ids from `list`), on the library of the data folder. */
    abstract static class OnOneAssessment extends LibraryCommand.OnOneAssessment {
        @Override
        final int run(WorkbenchDatabase db, Assessment assessment, PrintWriter out) {
            return run(db, reviews(root(), db), out);
        }

        abstract int run(WorkbenchDatabase db, ReviewRepository reviews, PrintWriter out);

        DateTimeFormatter minutes() {
            return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(root().clock.getZone());
        }
    }

    @Command(
            name = "submit",
            description = "Submit an assessment for review: checks it is complete, then freezes "
                    + "it as its next numbered version, read-only until a reviewer decides.")
    static final class Submit extends OnOneAssessment {
        @Override
        int run(WorkbenchDatabase db, ReviewRepository reviews, PrintWriter out) {
            JdbcPreferences preferences = new JdbcPreferences(db);
            List<SubmissionGap> gaps = new StoredSubmissionCheck(
                            new JdbcAssessmentRepository(db, root().clock),
                            new JdbcRegisterRepository(db, root().clock),
                            root().templates(root().catalog(db))::find,
                            root().catalog(db),
                            () -> Workbench.settingsMethod(preferences))
                    .gaps(id);
            if (!gaps.isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                gaps.forEach(g -> err.println(where(g) + ": " + g.text()));
                err.println("ai-risk-workbench: not submitted; settle the " + gaps.size() + " gap(s) above first.");
                return 1;
            }
            ReviewVersion v = reviews.submit(id, identity(db).recordedName());
            out.println("Submitted version " + v.number() + " for review (content hash " + v.contentHash()
                    + "); it is read-only until a reviewer decides.");
            return 0;
        }

        private static String where(SubmissionGap gap) {
            return (gap.kind() == SubmissionGap.Kind.UNANSWERED_QUESTION ? "question " : "risk ") + gap.targetId();
        }
    }

    @Command(name = "start-review", description = "Start reviewing a submitted assessment (a reviewer's step).")
    static final class StartReview extends OnOneAssessment {
        @Override
        int run(WorkbenchDatabase db, ReviewRepository reviews, PrintWriter out) {
            reviews.startReview(id);
            out.println("In review.");
            return 0;
        }
    }

    @Command(
            name = "decide",
            description =
                    "Record a reviewer's decision on the latest submitted version, bound " + "to its content hash.")
    static final class Decide extends OnOneAssessment {
        @Option(
                names = "--decision",
                required = true,
                paramLabel = "DECISION",
                description = "approved, approved-with-conditions, changes-requested or rejected")
        String decision;

        @Option(
                names = "--condition",
                paramLabel = "TEXT",
                description = "A condition of the approval (repeat " + "for each).")
        List<String> conditions = List.of();

        @Option(names = "--comment", paramLabel = "TEXT", description = "What the reviewer says about it.")
        String comment = "";

        @Option(
                names = "--reviewer",
                paramLabel = "NAME",
                description = "The reviewer's name (default: your " + "name from Your details).")
        String reviewer;

        @Option(
                names = "--role",
                paramLabel = "ROLE",
                description = "The reviewer's role (default: your role " + "from Your details).")
        String role;

        @Option(
                names = "--sign",
                description = "Sign the decision with your signing key (`keys create`); it is "
                        + "kept only together with its signature.")
        boolean sign;

        @Option(
                names = KeyCommands.PASSPHRASE_OPTION,
                paramLabel = "FILE",
                description = "With --sign: the file "
                        + "whose first line is your key's passphrase (default: ask at the console).")
        Path passphraseFile;

        @Override
        public Integer call() {
            Decision.ofCommandName(decision); // a wrong name is told before the library is opened
            return super.call();
        }

        @Override
        int run(WorkbenchDatabase db, ReviewRepository reviews, PrintWriter out) {
            Decision chosen = Decision.ofCommandName(decision);
            UserIdentity me = identity(db);
            if (passphraseFile != null && !sign) {
                throw new IllegalArgumentException(
                        KeyCommands.PASSPHRASE_OPTION + " is for --sign; add --sign to " + "sign the decision.");
            }
            SignOffCommands.Signing signing = SignOffCommands.signing(root(), sign, passphraseFile);
            SignOff signOff;
            try {
                signOff = signing.signatures()
                        .decide(
                                reviews,
                                id,
                                chosen,
                                conditions,
                                comment,
                                reviewer != null ? reviewer : me.name(),
                                role != null ? role : me.role(),
                                signing.passphrase());
            } finally {
                signing.forget();
            }
            out.println(chosen.label() + " by " + signOff.reviewerName()
                    + (signOff.reviewerRole().isEmpty() ? "" : ", " + signOff.reviewerRole()) + " on "
                    + minutes().format(signOff.decidedAt()) + ": version "
                    + signOff.versionNumber() + ", content hash " + signOff.contentHash() + "."
                    + (signOff.isSigned() ? " Signed with the key " + signOff.signerFingerprint() + "." : ""));
            return 0;
        }
    }

    @Command(
            name = "reopen",
            description = "Re-open a decided assessment as a new draft (the author's step); "
                    + "its versions and decisions stay as they are.")
    static final class Reopen extends OnOneAssessment {
        @Override
        int run(WorkbenchDatabase db, ReviewRepository reviews, PrintWriter out) {
            reviews.reopen(id);
            out.println("Re-opened as a new draft.");
            return 0;
        }
    }

    @Command(
            name = "versions",
            description = "List an assessment's submitted versions and the decisions on them, "
                    + "and whether the latest sign-off still covers it.")
    static final class Versions extends OnOneAssessment {
        @Override
        int run(WorkbenchDatabase db, ReviewRepository reviews, PrintWriter out) {
            DateTimeFormatter time = minutes();
            List<SignOff> decisions = reviews.decisions(id);
            out.println("Stage: " + reviews.stage(id).label());
            for (ReviewVersion v : reviews.versions(id)) {
                String decided = decisions.stream()
                        .filter(d -> d.versionNumber() == v.number())
                        .findFirst()
                        .map(d -> d.decision().label() + " by " + d.reviewerName() + " " + time.format(d.decidedAt()))
                        .orElse("no decision yet");
                out.println(String.join(
                        "\t",
                        "v" + v.number(),
                        time.format(v.submittedAt()),
                        v.submittedBy(),
                        v.contentHash(),
                        decided));
            }
            reviews.signOffState(id).ifPresent(s -> out.println("Sign-off: " + s.label()));
            return 0;
        }
    }
}
