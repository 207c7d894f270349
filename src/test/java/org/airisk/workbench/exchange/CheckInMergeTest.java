package org.airisk.workbench.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.AssessmentStatus;
import org.airisk.workbench.assessment.RecordedAnswer;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.comments.Comment;
import org.airisk.workbench.comments.CommentAnchor;
import org.airisk.workbench.comments.Resolution;
import org.airisk.workbench.evidence.Evidence;
import org.airisk.workbench.evidence.EvidenceAnchor;
import org.airisk.workbench.exchange.CheckInMerge.Conflict;
import org.airisk.workbench.exchange.CheckInMerge.Keep;
import org.airisk.workbench.exchange.CheckInMerge.Kind;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.RatingOverride;
import org.junit.jupiter.api.Test;

class CheckInMergeTest {
    private static final UUID ID = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private static PackagedAssessment copy(String title, Map<String, String> answers) {
        return copy(title, answers, Map.of());
    }

    private static PackagedAssessment copy(String title, Map<String, String> answers, Map<String, String> notes) {
        Map<String, RecordedAnswer> recorded = new HashMap<>();
        answers.forEach((q, a) -> recorded.put(
                q, new RecordedAnswer(q, a == null ? null : new Answer.Text(a), notes.getOrDefault(q, ""), AT)));
        Assessment a = new Assessment(ID, title, "Tutor Bot", "Ana", "t", 1, AssessmentStatus.IN_PROGRESS, 50, AT, AT);
        return new PackagedAssessment(a, null, recorded, Map.of(), MitigationPlan.EMPTY);
    }

    private static String text(PackagedAssessment p, String q) {
        RecordedAnswer r = p.answers().get(q);
        return r == null ? null : ((Answer.Text) r.answer()).text();
    }

    private static final PackagedAssessment BASE = copy("Review", Map.of("q1", "a", "q2", "b", "q3", "c", "q4", "d"));

    @Test
    void eachAnswerTakesTheSideThatChangedIt() {
        PackagedAssessment mine = copy("Review", Map.of("q1", "a", "q2", "mine", "q3", "c", "q4", "same"));
        PackagedAssessment theirs = copy("Review", Map.of("q1", "a", "q2", "b", "q3", "theirs", "q4", "same"));

        CheckInMerge.Result result = CheckInMerge.merge(BASE, mine, theirs);

        assertTrue(result.clean(), result.conflicts().toString());
        assertEquals("a", text(result.merged(), "q1"), "unchanged");
        assertEquals("mine", text(result.merged(), "q2"), "changed only offline");
        assertEquals("theirs", text(result.merged(), "q3"), "changed only on the server");
        assertEquals("same", text(result.merged(), "q4"), "changed alike on both sides");
    }

    @Test
    void differentChangesToOneAnswerAreAConflictCarryingBothSides() {
        PackagedAssessment mine = copy("Review", Map.of("q1", "mine", "q2", "b", "q3", "c", "q4", "d"));
        PackagedAssessment theirs = copy("Review", Map.of("q1", "theirs", "q2", "b", "q3", "c", "q4", "d"));

        CheckInMerge.Result result = CheckInMerge.merge(BASE, mine, theirs);

        assertFalse(result.clean());
        assertEquals(1, result.conflicts().size());
        Conflict conflict = result.conflicts().get(0);
        assertEquals(Kind.ANSWER, conflict.kind());
        assertEquals("q1", conflict.key());
        assertEquals(new Answer.Text("mine"), ((RecordedAnswer) conflict.mine()).answer());
        assertEquals(new Answer.Text("theirs"), ((RecordedAnswer) conflict.theirs()).answer());
    }

    @Test
    void aChangedNoteIsAChangeAndTheSaveTimeIsNot() {
        PackagedAssessment mine = copy("Review", BASE_ANSWERS, Map.of("q1", "my note"));
        PackagedAssessment theirs = copy("Review", BASE_ANSWERS, Map.of("q1", "their note"));
        assertEquals(List.of("q1"), keys(CheckInMerge.merge(BASE, mine, theirs)));

        PackagedAssessment later = new PackagedAssessment(
                BASE.assessment(),
                null,
                Map.of("q1", new RecordedAnswer("q1", new Answer.Text("a"), "", AT.plusSeconds(60))),
                Map.of(),
                MitigationPlan.EMPTY);
        PackagedAssessment theirsChanged = copy("Review", Map.of("q1", "theirs"));
        assertEquals(
                "theirs", text(CheckInMerge.merge(BASE, later, theirsChanged).merged(), "q1"));
    }

    private static final Map<String, String> BASE_ANSWERS = Map.of("q1", "a", "q2", "b", "q3", "c", "q4", "d");

    @Test
    void anAnswerClearedOnOneSideIsClearedAndOneAddedIsAdded() {
        Map<String, String> mineAnswers = new HashMap<>(BASE_ANSWERS);
        mineAnswers.remove("q2");
        mineAnswers.put("q5", "new here");
        Map<String, String> theirAnswers = new HashMap<>(BASE_ANSWERS);
        theirAnswers.put("q6", "new there");

        CheckInMerge.Result result =
                CheckInMerge.merge(BASE, copy("Review", mineAnswers), copy("Review", theirAnswers));

        assertTrue(result.clean());
        assertNull(text(result.merged(), "q2"));
        assertEquals("new here", text(result.merged(), "q5"));
        assertEquals("new there", text(result.merged(), "q6"));
    }

    @Test
    void conflictsAreSettledOneByOneOrAllAlike() {
        PackagedAssessment mine = copy("Mine", Map.of("q1", "mine", "q2", "mine", "q3", "c", "q4", "d"));
        PackagedAssessment theirs = copy("Theirs", Map.of("q1", "theirs", "q2", "theirs", "q3", "c", "q4", "d"));
        assertEquals(List.of("title", "q1", "q2"), keys(CheckInMerge.merge(BASE, mine, theirs)));

        CheckInMerge.Result partly = CheckInMerge.merge(
                BASE, mine, theirs, Map.of("ANSWER:q1", Keep.MINE, "DETAIL:title", Keep.THEIRS), null);
        assertEquals(List.of("q2"), keys(partly));

        CheckInMerge.Result settled =
                CheckInMerge.merge(BASE, mine, theirs, Map.of("ANSWER:q1", Keep.THEIRS), Keep.MINE);
        assertTrue(settled.clean());
        assertEquals("theirs", text(settled.merged(), "q1"));
        assertEquals("mine", text(settled.merged(), "q2"));
        assertEquals("Mine", settled.merged().assessment().title());
    }

    @Test
    void titleAndOverridesMergeLikeAnswers() {
        PackagedAssessment mine = new PackagedAssessment(
                copy("Renamed offline", BASE_ANSWERS).assessment(),
                null,
                BASE.answers(),
                Map.of("R1", new RatingOverride("R1", 2, 2, "checked")),
                MitigationPlan.EMPTY);
        PackagedAssessment theirs = copy("Review", Map.of("q1", "theirs", "q2", "b", "q3", "c", "q4", "d"));

        CheckInMerge.Result result = CheckInMerge.merge(BASE, mine, theirs);

        assertTrue(result.clean());
        assertEquals("Renamed offline", result.merged().assessment().title());
        assertEquals(2, result.merged().overrides().get("R1").likelihood());
        assertEquals("theirs", text(result.merged(), "q1"));
    }

    private static Comment comment(String text, Resolution resolution) {
        UUID id = UUID.nameUUIDFromBytes(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Comment(id, ID, CommentAnchor.WHOLE_ASSESSMENT, null, null, "Ana", "", AT, text, resolution);
    }

    private static BoardRecords.File file(String name) {
        UUID id = UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Evidence e = new Evidence(id, ID, EvidenceAnchor.WHOLE_ASSESSMENT, name, 1, "ab" + name, AT, "Ana");
        return new BoardRecords.File(e, new byte[] {1});
    }

    private static PackagedAssessment with(List<Comment> comments, List<BoardRecords.File> evidence) {
        return new PackagedAssessment(
                BASE.assessment(),
                null,
                BASE.answers(),
                Map.of(),
                MitigationPlan.EMPTY,
                comments,
                new BoardRecords("DRAFT", List.of(), List.of(), List.of(), evidence));
    }

    @Test
    void commentsAndEvidenceAddedOfflineTravelWithTheMergedCopy() {
        Comment kept = comment("On both", null);
        PackagedAssessment base = with(List.of(kept), List.of(file("base.pdf")));
        PackagedAssessment mine =
                with(List.of(kept, comment("Written offline", null)), List.of(file("base.pdf"), file("offline.pdf")));
        PackagedAssessment theirs = with(List.of(kept, comment("Written on the server", null)), List.of());

        CheckInMerge.Result result = CheckInMerge.merge(base, mine, theirs);

        assertTrue(result.clean(), result.conflicts().toString());
        assertEquals(
                List.of("On both", "Written offline", "Written on the server"),
                result.merged().comments().stream().map(Comment::text).sorted().toList());
        assertEquals(
                List.of("offline.pdf"),
                result.merged().board().evidence().stream()
                        .map(f -> f.evidence().fileName())
                        .toList(),
                "only what was added offline: the workspace keeps what it has, and what it removed stays removed");
    }

    @Test
    void aThreadResolvedOnOneSideIsResolvedAndDifferentlyOnBothIsAConflict() {
        Comment open = comment("Why?", null);
        Comment resolvedHere = comment("Why?", new Resolution(true, "Ana", AT.plusSeconds(60)));
        Comment resolvedThere = comment("Why?", new Resolution(true, "Ben", AT.plusSeconds(90)));
        PackagedAssessment base = with(List.of(open), List.of());

        CheckInMerge.Result one = CheckInMerge.merge(base, with(List.of(resolvedHere), List.of()), base);
        assertTrue(one.clean());
        assertEquals(List.of(resolvedHere), one.merged().comments());

        CheckInMerge.Result both = CheckInMerge.merge(
                base, with(List.of(resolvedHere), List.of()), with(List.of(resolvedThere), List.of()));
        assertEquals(
                List.of("COMMENT:" + open.id()),
                both.conflicts().stream().map(Conflict::id).toList());
        CheckInMerge.Result settled = CheckInMerge.merge(
                base,
                with(List.of(resolvedHere), List.of()),
                with(List.of(resolvedThere), List.of()),
                Map.of(),
                Keep.THEIRS);
        assertEquals(List.of(resolvedThere), settled.merged().comments());
    }

    @Test
    void answersOfTwoQuestionnaireVersionsAreNeverMixed() {
        Assessment moved =
                new Assessment(ID, "Review", "Tutor Bot", "Ana", "t", 2, AssessmentStatus.IN_PROGRESS, 50, AT, AT);
        PackagedAssessment theirs = new PackagedAssessment(moved, null, BASE.answers(), Map.of(), MitigationPlan.EMPTY);
        PackagedAssessment mine = copy("Review", Map.of("q1", "mine", "q2", "b", "q3", "c", "q4", "d"));

        UserFacingProblem workspaceMoved = assertThrows(
                UserFacingProblem.class, () -> CheckInMerge.merge(BASE, mine, theirs, Map.of(), Keep.MINE));
        assertTrue(workspaceMoved.getMessage().contains("version 2"), workspaceMoved.getMessage());
        assertTrue(workspaceMoved.getMessage().contains("this computer's copy"), workspaceMoved.getMessage());

        UserFacingProblem movedOffline =
                assertThrows(UserFacingProblem.class, () -> CheckInMerge.merge(BASE, theirs, mine));
        assertTrue(movedOffline.getMessage().contains("team workspace's copy"), movedOffline.getMessage());

        CheckInMerge.Result bothMoved = CheckInMerge.merge(BASE, theirs, theirs);
        assertEquals(2, bothMoved.merged().assessment().templateVersion(), "moved alike on both sides");
    }

    private static List<String> keys(CheckInMerge.Result result) {
        return result.conflicts().stream().map(Conflict::key).toList();
    }
}
