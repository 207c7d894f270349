package org.airisk.workbench.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.airisk.workbench.assessment.Assessment;
import org.airisk.workbench.assessment.NewAssessment;
import org.airisk.workbench.questionnaire.Answer;
import org.airisk.workbench.questionnaire.AnsweredQuestionnaire;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.store.JdbcAssessmentRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.templates.TemplateLibrary;

/**
 * Dev command: fills a data folder with N assessments, each partly answered with plausible random answers, for
 * benchmarks and for trying the library at scale. Usage: PortfolioGenerator DATA_DIR COUNT [SEED]
 */
public final class PortfolioGenerator {
    private static final String[] SYSTEMS = {"HelpDesk Assistant", "Claims Triage", "CV Screener", "Code Copilot",
        "Loan Advisor", "Tutor Bot", "Clinical Summariser", "Fraud Radar", "Travel Agent", "Policy Search"};

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        long started = System.nanoTime();
        try (WorkbenchDatabase database = WorkbenchDatabase.open(folder)) {
            generate(new JdbcAssessmentRepository(database, Clock.systemUTC()), count, new Random(seed));
        }
        System.out.printf("generated %d assessments in %s in %.1f s%n", count, folder,
                (System.nanoTime() - started) / 1e9);
    }

    static void generate(JdbcAssessmentRepository repository, int count, Random random) {
        QuestionnaireTemplate template = TemplateLibrary.load(null).newest("quick-check").orElseThrow();
        List<Question> questions = template.questions().toList();
        for (int i = 0; i < count; i++) {
            String system = SYSTEMS[random.nextInt(SYSTEMS.length)];
            Assessment a = repository.create(new NewAssessment(system + " review " + (i + 1), system,
                    "Owner " + (1 + random.nextInt(25)), template.id(), template.version()));
            Map<String, Answer> given = new HashMap<>();
            int answered = random.nextInt(questions.size() + 1);
            for (Question q : questions.subList(0, answered)) {
                given.put(q.id(), randomAnswer(q, random));
            }
            AnsweredQuestionnaire state = new AnsweredQuestionnaire(template, given);
            for (Map.Entry<String, Answer> e : given.entrySet()) {
                repository.saveAnswer(a.id(), e.getKey(), e.getValue(), state.progress());
            }
        }
    }

    static Answer randomAnswer(Question q, Random random) {
        return switch (q.type()) {
            case SINGLE_CHOICE, YES_NO_UNSURE -> new Answer.Choice(q.options().get(random.nextInt(q.options().size())).id());
            case MULTIPLE_CHOICE -> new Answer.Choices(List.of(q.options().get(random.nextInt(q.options().size())).id()));
            case SCALE -> new Answer.Scale(1 + random.nextInt(5));
            case NUMBER -> new Answer.Number(java.math.BigDecimal.valueOf(random.nextInt(100_000)));
            case DATE -> new Answer.Date(LocalDate.of(2025, 1, 1).plusDays(random.nextInt(700)));
            case SHORT_TEXT, LONG_TEXT -> new Answer.Text("Generated answer " + random.nextInt(1000));
        };
    }
}
