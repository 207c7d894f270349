package org.airisk.workbench.exchangedata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.airisk.workbench.exchange.CarriedQuestionnaire;
import org.airisk.workbench.exchange.PackageProblem;
import org.airisk.workbench.exchange.PackagedAssessment;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Section;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.questionnairedata.TemplateReader;
import org.airisk.workbench.questionnairedata.TemplateWriter;

/**
 * The own questionnaires a package carries, measured against this library: what an export puts in (each own
 * questionnaire its assessments follow, with the own ones those include; never a built-in one), and on import which
 * are installed already (identical: reused), which are new (added, once composed with what they include and checked
 * as the library checks a template file), and which clash with an installed one (refused, never overwritten).
 */
final class CarriedTemplates {
    private static final TemplateWriter WRITER = new TemplateWriter();

    /** The import's view: the questionnaires usable by the package's assessments, those to add, and problems. */
    record Check(
            Map<String, QuestionnaireTemplate> usable,
            List<CarriedQuestionnaire> added,
            List<PackageProblem> problems) {
        Optional<QuestionnaireTemplate> find(String id, int version) {
            return Optional.ofNullable(usable.get(id + "@" + version));
        }
    }

    private final TemplateLibrary library;

    CarriedTemplates(TemplateLibrary library) {
        this.library = library;
    }

    /** The own questionnaires the assessments follow, in the order first needed, each as its template file's text. */
    List<CarriedQuestionnaire> forExport(List<PackagedAssessment> assessments) {
        Map<String, CarriedQuestionnaire> carried = new LinkedHashMap<>();
        assessments.forEach(p -> add(p.assessment().templateId(), p.assessment().templateVersion(), carried));
        return List.copyOf(carried.values());
    }

    private void add(String id, int version, Map<String, CarriedQuestionnaire> carried) {
        if (library.isBuiltIn(id) || carried.containsKey(id + "@" + version)) {
            return;
        }
        library.find(id, version).ifPresent(t -> {
            carried.put(id + "@" + version, new CarriedQuestionnaire(t, WRITER.write(t)));
            t.includes().forEach(r -> add(r.id(), r.version(), carried));
        });
    }

    /** Measures the package's questionnaires against the library, writing nothing. */
    Check check(List<CarriedQuestionnaire> carried) {
        return new Checking(carried).run();
    }

    private final class Checking {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<CarriedQuestionnaire> carried;
        private final Map<String, Optional<QuestionnaireTemplate>> done = new HashMap<>();
        private final Set<String> inProgress = new HashSet<>();
        private final Map<String, QuestionnaireTemplate> usable = new LinkedHashMap<>();
        private final List<CarriedQuestionnaire> added = new ArrayList<>();
        private final List<PackageProblem> problems = new ArrayList<>();

        Checking(List<CarriedQuestionnaire> carried) {
            this.carried = carried;
            for (int i = 0; i < carried.size(); i++) {
                index.put(carried.get(i).key(), i);
            }
        }

        Check run() {
            carried.forEach(c -> resolve(c.key()));
            return new Check(usable, added, problems);
        }

        private Optional<QuestionnaireTemplate> resolve(String key) {
            if (done.containsKey(key)) {
                return done.get(key);
            }
            int i = index.get(key);
            CarriedQuestionnaire c = carried.get(i);
            String at = "$.templates[" + i + "]";
            if (!inProgress.add(key)) {
                return refuse(key, at, c.name() + " includes itself through other questionnaires in the package.");
            }
            Optional<QuestionnaireTemplate> result = measure(c, key, at);
            inProgress.remove(key);
            done.put(key, result);
            result.ifPresent(t -> usable.put(key, t));
            return result;
        }

        private Optional<QuestionnaireTemplate> measure(CarriedQuestionnaire c, String key, String at) {
            QuestionnaireTemplate t = c.template();
            if (!QuestionnaireFolder.safeId(t.id())) {
                return refuse(
                        key,
                        at,
                        "the package carries " + c.name() + " under an id that is not a plain name (letters, digits, "
                                + "'-', '_' and '.', not starting with '.'), so it cannot be saved as a questionnaire "
                                + "file; ask the sender to give it a plain id.");
            }
            if (library.isBuiltIn(t.id())) {
                return refuse(
                        key,
                        at,
                        "the package carries " + c.name() + " under the id of a questionnaire built into the "
                                + "workbench, which a template file cannot replace; ask the sender to give it an id "
                                + "of its own.");
            }
            Optional<QuestionnaireTemplate> installed = library.find(t.id(), t.version());
            if (installed.isPresent()) {
                return WRITER.write(installed.get()).equals(WRITER.write(t))
                        ? installed
                        : refuse(
                                key,
                                at,
                                "a different questionnaire " + t.id() + " v" + t.version() + " (\u201c"
                                        + installed.get().title() + "\u201d) is installed here already; the package's "
                                        + c.name() + " is not taken, so nothing is overwritten. Ask the sender to "
                                        + "give theirs a new version, or remove yours from the data folder's "
                                        + "templates folder and restart.");
            }
            List<Section> included = new ArrayList<>();
            for (QuestionnaireTemplate.Reference ref : t.includes()) {
                Optional<QuestionnaireTemplate> include = library.find(ref.id(), ref.version());
                if (include.isEmpty() && index.containsKey(ref.id() + "@" + ref.version())) {
                    include = resolve(ref.id() + "@" + ref.version());
                }
                if (include.isEmpty()) {
                    return refuse(
                            key,
                            at,
                            c.name() + " includes the questionnaire " + ref + ", which is neither installed here "
                                    + "nor usable from the package.");
                }
                included.addAll(include.get().sections());
            }
            TemplateReader.Result valid = new TemplateReader().validate(t.withIncludedSections(included), c.name());
            if (valid.template().isEmpty()) {
                return refuse(
                        key,
                        at,
                        "the package's " + c.name() + " is not a valid questionnaire template: "
                                + PackageTemplates.first(valid));
            }
            added.add(new CarriedQuestionnaire(valid.template().get(), c.text()));
            return valid.template();
        }

        private Optional<QuestionnaireTemplate> refuse(String key, String at, String message) {
            problems.add(new PackageProblem(at, message));
            done.put(key, Optional.empty());
            return Optional.empty();
        }
    }
}
