package org.airisk.workbench.testing;

import java.util.List;
import java.util.UUID;
import org.airisk.workbench.assessment.AssessmentRepository;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.Option;
import org.airisk.workbench.questionnaire.Progress;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Section;

/**
 * Two versions of one small questionnaire for tests of moving between versions: version 2 keeps "purpose", drops
 * "gone", rewords "human" and offers "large" instead of "huge" for "size".
 */
public final class MovingTemplates {
    private static final Progress SOME = new Progress(1, 3);

    public static final QuestionnaireTemplate V1 = version(
            1,
            question("purpose", QuestionType.SHORT_TEXT, "What is it for?"),
            question("gone", QuestionType.SHORT_TEXT, "Who built it?"),
            question("human", QuestionType.YES_NO_UNSURE, "Is a person involved?"),
            question("size", QuestionType.SINGLE_CHOICE, "How big?", "small", "huge"));
    public static final QuestionnaireTemplate V2 = version(
            2,
            question("purpose", QuestionType.SHORT_TEXT, "What is it for?"),
            question("human", QuestionType.YES_NO_UNSURE, "Does a person check each output?"),
            question("size", QuestionType.SINGLE_CHOICE, "How big?", "small", "large"));

    private MovingTemplates() {}

    private static Question question(String id, QuestionType type, String text, String... options) {
        List<Option> offered =
                List.of(options).stream().map(o -> new Option(o, o)).toList();
        return new Question(id, type, text, "", null, true, offered, null, null, null, null);
    }

    private static QuestionnaireTemplate version(int version, Question... questions) {
        return new QuestionnaireTemplate(
                "moving", version, "Moving", "", List.of(new Section("s", "About", "", null, List.of(questions))));
    }

    /** An assessment on version 1 with every question answered and a note on the one version 2 drops. */
    public static UUID answeredOnV1(AssessmentRepository repo) {
        UUID id =
                repo.create(new NewAssessment("Bot", "Bot", "Ann", "moving", 1)).id();
        repo.saveAnswer(id, "purpose", new Answer.Text("Support"), SOME);
        repo.saveAnswer(id, "gone", new Answer.Text("Our team"), SOME);
        repo.saveNote(id, "gone", "Asked the vendor too.");
        repo.saveAnswer(id, "human", new Answer.Choice(Question.YES), SOME);
        repo.saveAnswer(id, "size", new Answer.Choice("huge"), SOME);
        return id;
    }
}
