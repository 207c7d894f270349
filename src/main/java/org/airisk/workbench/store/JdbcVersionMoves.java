package org.airisk.workbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.audit.AuditEvent;
import org.airisk.workbench.audit.AuditKind;
import org.airisk.workbench.audit.AuditValues;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.MovedAnswer;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.VersionMove;
import org.airisk.workbench.settings.UserIdentity;

/**
 * Moves an assessment to a newer version of its questionnaire in one transaction: the version and progress on its
 * row, each answer the move leaves behind cleared (its old value in the audit trail), and each answer to review
 * marked in its note. Every answer row it changes goes through the same version check as a save (ADR 0023).
 */
final class JdbcVersionMoves {
    private final Transactions transactions;
    private final Clock clock;
    private final JdbcAuditTrail audit;
    private final Supplier<UserIdentity> user;
    private final RowVersions versions;

    JdbcVersionMoves(
            Transactions transactions,
            Clock clock,
            JdbcAuditTrail audit,
            Supplier<UserIdentity> user,
            RowVersions versions) {
        this.transactions = transactions;
        this.clock = clock;
        this.audit = audit;
        this.user = user;
        this.versions = versions;
    }

    void move(UUID id, VersionMove move) {
        Map<String, Long> written = transactions.run("move the assessment to the newer questionnaire", c -> {
            ReviewLock.refuseChanges(c, id);
            String by = user.get().recordedName();
            moveRow(c, id, move, by);
            Map<String, Long> saved = new HashMap<>();
            for (MovedAnswer answer : move.answers()) {
                if (answer.fate() != MovedAnswer.Fate.CARRIED) {
                    saved.put(answer.question().id(), moveAnswer(c, id, answer, by));
                }
            }
            audit.append(c, new AuditEvent(id, AuditKind.TEMPLATE_VERSION, "", name(move.from()), name(move.to())));
            return saved;
        });
        written.forEach((question, version) -> versions.record(id, question, version));
    }

    private void moveRow(Connection c, UUID id, VersionMove move, String by) throws SQLException {
        Progress progress = new AnsweredQuestionnaire(move.to(), move.answersAfter()).progress();
        try (PreparedStatement s = c.prepareStatement("UPDATE assessment SET template_version = ?, status = ?, "
                + "progress_percent = ?, updated_at = ?, results_current = FALSE, row_version = row_version + 1, "
                + "changed_by = ? WHERE id = ? AND deleted_at IS NULL AND template_id = ? AND template_version = ?")) {
            s.setInt(1, move.to().version());
            s.setString(2, AssessmentStatus.of(progress).name());
            s.setInt(3, progress.percent());
            s.setObject(4, clock.instant().atOffset(ZoneOffset.UTC));
            s.setString(5, by);
            s.setObject(6, id);
            s.setString(7, move.from().id());
            s.setInt(8, move.from().version());
            if (s.executeUpdate() != 1) {
                JdbcAssessmentRepository.title(c, id); // a deleted assessment is told as such
                throw new UserFacingProblem(
                        "This assessment no longer follows " + move.from().displayName()
                                + ": it was moved meanwhile, perhaps by a colleague. Open it again to see where it is.");
            }
        }
    }

    /** Clears the answer when the move leaves it behind and marks it to review when it is; returns its new version. */
    private long moveAnswer(Connection c, UUID id, MovedAnswer answer, String by) throws SQLException {
        String question = answer.question().id();
        long version = versions.check(
                c, id, question, "this answer", () -> JdbcAssessmentRepository.savedAnswer(c, id, question));
        if (!Objects.equals(JdbcAssessmentRepository.savedAnswer(c, id, question), answer.answer())) {
            throw new UserFacingProblem("An answer changed while the move was being prepared. Open the move again "
                    + "to see what it does now.");
        }
        String noteBefore = JdbcAssessmentRepository.savedNote(c, id, question);
        String note = noteBefore == null ? "" : noteBefore;
        if (answer.fate() == MovedAnswer.Fate.NEEDS_REVIEW) {
            note = VersionMove.noteToReview(answer, noteBefore);
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE answer SET kind = ?, text_value = ?, "
                + "number_value = ?, date_value = ?, note = ?, updated_at = ?, row_version = ?, changed_by = ? "
                + "WHERE assessment_id = ? AND question_id = ?")) {
            StoredAnswer.bind(s, 1, answer.kept() ? answer.answer() : null);
            s.setString(5, note);
            s.setObject(6, clock.instant().atOffset(ZoneOffset.UTC));
            s.setLong(7, version);
            s.setString(8, by);
            s.setObject(9, id);
            s.setString(10, question);
            s.executeUpdate();
        }
        if (!answer.kept()) {
            audit.append(c, new AuditEvent(id, AuditKind.LEFT_BEHIND, question, AuditValues.of(answer.answer()), null));
        }
        audit.append(c, new AuditEvent(id, AuditKind.NOTE, question, noteBefore, note.isEmpty() ? null : note));
        return version;
    }

    private static String name(QuestionnaireTemplate template) {
        return template.id() + " v" + template.version();
    }
}
