package org.airisk.workbench.exchange;

/** Something wrong in a package, at a JSON path such as {@code $.assessments[0].answers[3].kind}. */
public record PackageProblem(String path, String message) {
    @Override
    public String toString() {
        if (path.equals("$")) {
            return "The file: " + message;
        }
        return path + ": " + message;
    }
}
