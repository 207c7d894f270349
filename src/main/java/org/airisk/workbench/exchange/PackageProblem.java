package org.airisk.workbench.exchange;

/** Something wrong in a package, at a JSON path such as {@code $.assessments[0].answers[3].kind}. */
public record PackageProblem(String path, String message) {
    /** One line however it was built: a value quoted from the file may hold line breaks. */
    public PackageProblem {
        path = path.replaceAll("\\s+", " ");
        message = message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ");
    }

    @Override
    public String toString() {
        if (path.equals("$")) {
            return "The file: " + message;
        }
        return path + ": " + message;
    }
}
