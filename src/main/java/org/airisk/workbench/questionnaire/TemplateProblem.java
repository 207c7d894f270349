package org.airisk.workbench.questionnaire;

/**
 * Something wrong with a template file, said so that its author can fix it: which file, which question or
 * section (empty when the problem is with the whole file), and what is wrong.
 */
public record TemplateProblem(String source, String elementId, String problem) {
    public TemplateProblem {
        elementId = elementId == null ? "" : elementId.replaceAll("\\s+", " ");
        // One line however it was built: a value quoted from the file may hold line breaks.
        problem = problem == null ? "" : problem.replaceAll("\\s*\\R\\s*", " ");
    }

    @Override
    public String toString() {
        return elementId.isEmpty() ? source + ": " + problem : source + ", " + elementId + ": " + problem;
    }
}
