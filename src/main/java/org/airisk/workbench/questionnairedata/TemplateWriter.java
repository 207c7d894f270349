package org.airisk.workbench.questionnairedata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.TreeMap;
import org.airisk.workbench.questionnaire.AnswerEffect;
import org.airisk.workbench.questionnaire.Condition;
import org.airisk.workbench.questionnaire.Option;
import org.airisk.workbench.questionnaire.Question;
import org.airisk.workbench.questionnaire.QuestionType;
import org.airisk.workbench.questionnaire.QuestionnaireTemplate;
import org.airisk.workbench.questionnaire.Section;

/**
 * Writes a template as the JSON file {@link TemplateReader} reads (docs/templates.md): what an imported or shared
 * questionnaire is saved as. Only the template's own sections are written; included ones stay in their own files.
 */
public final class TemplateWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(QuestionnaireTemplate template) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", template.id());
        root.put("version", template.version());
        root.put("title", template.title());
        if (!template.description().isEmpty()) {
            root.put("description", template.description());
        }
        if (!template.includes().isEmpty()) {
            ArrayNode includes = root.putArray("includes");
            template.includes()
                    .forEach(r -> includes.addObject().put("id", r.id()).put("version", r.version()));
        }
        ArrayNode sections = root.putArray("sections");
        for (Section section : template.sections()) {
            if (!template.includedSections().contains(section.id())) {
                sections.add(section(section));
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the template", e);
        }
    }

    private ObjectNode section(Section section) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", section.id());
        node.put("title", section.title());
        if (!section.description().isEmpty()) {
            node.put("description", section.description());
        }
        if (section.showIf() != Condition.always()) {
            node.set("showIf", condition(section.showIf()));
        }
        ArrayNode questions = node.putArray("questions");
        section.questions().forEach(q -> questions.add(question(q)));
        return node;
    }

    private ObjectNode question(Question question) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", question.id());
        node.put("type", question.type().templateName());
        node.put("text", question.text());
        if (!question.help().isEmpty()) {
            node.put("help", question.help());
        }
        if (!question.examples().isEmpty()) {
            question.examples().forEach(node.putArray("examples")::add);
        }
        node.put("required", question.required());
        if (question.type() == QuestionType.YES_NO_UNSURE) {
            if (question.allowsNotApplicable()) {
                node.put("allowsNotApplicable", true);
            }
        } else if (!question.options().isEmpty()) {
            ArrayNode options = node.putArray("options");
            for (Option option : question.options()) {
                ObjectNode o = options.addObject().put("id", option.id()).put("label", option.label());
                if (option.hasScore()) {
                    o.put("score", option.score());
                }
            }
        }
        if (!question.scaleLabels().isEmpty()) {
            ObjectNode labels = node.putObject("scaleLabels");
            new TreeMap<>(question.scaleLabels()).forEach((point, label) -> labels.put(point.toString(), label));
        }
        if (question.min() != null) {
            node.put("min", question.min());
        }
        if (question.max() != null) {
            node.put("max", question.max());
        }
        if (question.showIf() != Condition.always()) {
            node.set("showIf", condition(question.showIf()));
        }
        if (!question.informs().isEmpty()) {
            question.informs().forEach(node.putArray("informs")::add);
        }
        if (!question.effects().isEmpty()) {
            ArrayNode effects = node.putArray("effects");
            question.effects().forEach(e -> effects.add(effect(e)));
        }
        return node;
    }

    private ObjectNode effect(AnswerEffect effect) {
        ObjectNode node = JSON.createObjectNode();
        node.set("when", condition(effect.when()));
        node.put("risk", effect.risk());
        switch (effect.kind()) {
            case NOT_APPLICABLE -> node.put("notApplicable", true);
            case LIKELIHOOD -> node.put("likelihood", effect.delta());
            case IMPACT -> node.put("impact", effect.delta());
            case CONTROL -> node.put("control", effect.mitigation());
        }
        if (effect.sinceModel() != AnswerEffect.FIRST_MODEL) {
            node.put("sinceModel", effect.sinceModel());
        }
        return node;
    }

    private ObjectNode condition(Condition condition) {
        ObjectNode node = JSON.createObjectNode();
        if (condition instanceof Condition.Equals e) {
            node.put("question", e.question()).put("equals", e.value());
        } else if (condition instanceof Condition.In in) {
            node.put("question", in.question());
            // a set has no order of its own: sorted, the same template always writes the same file
            in.values().stream().sorted().forEach(node.putArray("in")::add);
        } else if (condition instanceof Condition.Compare c) {
            node.put("question", c.question()).put(c.comparison().templateName(), c.bound());
        } else if (condition instanceof Condition.Not n) {
            node.set("not", condition(n.condition()));
        } else if (condition instanceof Condition.AllOf all) {
            ArrayNode parts = node.putArray("allOf");
            all.conditions().forEach(c -> parts.add(condition(c)));
        } else if (condition instanceof Condition.AnyOf any) {
            ArrayNode parts = node.putArray("anyOf");
            any.conditions().forEach(c -> parts.add(condition(c)));
        } else {
            throw new IllegalArgumentException("a condition that always holds is written by leaving it out");
        }
        return node;
    }
}
