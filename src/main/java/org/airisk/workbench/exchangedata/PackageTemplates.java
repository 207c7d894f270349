package org.airisk.workbench.exchangedata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.airisk.workbench.exchange.CarriedQuestionnaire;
import org.airisk.workbench.exchange.PackageProblem;
import org.airisk.workbench.importfiles.ImportFile;
import org.airisk.workbench.importfiles.ImportLimits;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.TemplateProblem;
import org.airisk.workbench.questionnairedata.TemplateLibrary;
import org.airisk.workbench.questionnairedata.TemplateReader;

/**
 * A package's {@code templates} section (format 2): the own questionnaires its assessments follow, each as the bytes
 * of its template file in base64 with their SHA-256, as evidence files travel. Read back with the file's hash and
 * size checked and the template read as a template file is; whether it fits this library is {@link
 * CarriedTemplates}' question.
 */
final class PackageTemplates {
    private PackageTemplates() {}

    static void write(ObjectNode root, List<CarriedQuestionnaire> carried) {
        ArrayNode list = root.putArray("templates");
        for (CarriedQuestionnaire c : carried) {
            byte[] bytes = c.text().getBytes(StandardCharsets.UTF_8);
            ObjectNode node = list.addObject();
            node.put("id", c.template().id());
            node.put("version", c.template().version());
            node.put("sha256", PackageBoard.sha256(bytes));
            node.set("content", PackageBoard.chunks(Base64.getEncoder().encodeToString(bytes)));
        }
    }

    /** The schema-checked section's questionnaires (none when it is absent); every problem is added under its path. */
    static List<CarriedQuestionnaire> read(JsonNode root, List<PackageProblem> problems) {
        List<CarriedQuestionnaire> carried = new ArrayList<>();
        Map<String, Integer> keys = new HashMap<>();
        JsonNode list = root.path("templates");
        for (int i = 0; i < list.size(); i++) {
            String at = "$.templates[" + i + "]";
            JsonNode node = list.get(i);
            String named = node.get("id").asText() + " v" + node.get("version").asInt();
            Integer first = keys.putIfAbsent(named, i);
            if (first != null) {
                problems.add(new PackageProblem(
                        at,
                        "templates[" + first + "] is the questionnaire " + named + " too; a package carries each "
                                + "questionnaire once."));
                continue;
            }
            one(node, named, at, problems).ifPresent(carried::add);
        }
        return carried;
    }

    private static Optional<CarriedQuestionnaire> one(
            JsonNode node, String named, String at, List<PackageProblem> problems) {
        String damaged = "the questionnaire " + named + " the package carries ";
        byte[] bytes;
        try {
            StringBuilder base64 = new StringBuilder();
            node.get("content").forEach(piece -> base64.append(piece.asText()));
            bytes = Base64.getDecoder().decode(base64.toString());
        } catch (IllegalArgumentException e) {
            return refuse(problems, at + ".content", damaged + "is not base64; ask for a fresh export.");
        }
        if (bytes.length > TemplateLibrary.MAX_BYTES) {
            return refuse(
                    problems,
                    at + ".content",
                    damaged + "is over the " + ImportLimits.megabytes(TemplateLibrary.MAX_BYTES)
                            + " a questionnaire file may be.");
        }
        if (!node.get("sha256").asText().equals(PackageBoard.sha256(bytes))) {
            return refuse(
                    problems,
                    at + ".content",
                    damaged + "does not have the SHA-256 it was exported with, so it was damaged or changed in "
                            + "the package; ask for a fresh export.");
        }
        ImportFile.Text text = ImportFile.text(bytes);
        if (!text.ok()) {
            return refuse(problems, at + ".content", damaged + "cannot be read: " + text.problem());
        }
        TemplateReader.Result result = new TemplateReader().parse(text.text(), named);
        if (result.template().isEmpty()) {
            return refuse(problems, at, damaged + "is not a valid questionnaire template: " + first(result));
        }
        QuestionnaireTemplate template = result.template().get();
        if (!(template.id() + " v" + template.version()).equals(named)) {
            return refuse(
                    problems,
                    at,
                    damaged + "is in fact " + template.id() + " v" + template.version()
                            + "; the package was changed, so ask for a fresh export.");
        }
        return Optional.of(new CarriedQuestionnaire(template, text.text()));
    }

    /** The first problem in the assessor's words, saying how many more there are. */
    static String first(TemplateReader.Result result) {
        List<TemplateProblem> all = result.problems();
        if (all.isEmpty()) {
            return "it could not be read.";
        }
        TemplateProblem p = all.get(0);
        return p.problem()
                + (p.elementId().isEmpty() ? "" : " (" + p.elementId() + ")")
                + (all.size() > 1 ? ", and " + (all.size() - 1) + " more problem(s)." : ".");
    }

    private static Optional<CarriedQuestionnaire> refuse(List<PackageProblem> problems, String at, String message) {
        problems.add(new PackageProblem(at, message));
        return Optional.empty();
    }
}
