package org.airisk.workbench.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.airisk.workbench.exchangedata.AssessmentPackages;
import org.airisk.workbench.exchangedata.ImportValidator;
import org.airisk.workbench.store.WorkbenchDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** `validate`: checks a file as its import would, writing nothing. */
@Command(
        name = "validate",
        description = "Check an assessment package, a questionnaire template or a Risk "
                + "Atlas file (told apart by content) as its import would, writing nothing.")
final class ValidateCommand extends WorkspaceCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE")
    Path file;

    @Option(
            names = PasswordInput.OPTION,
            paramLabel = "FILE",
            description = "For a package protected with a "
                    + "password: check its content too, with the password on the first line of FILE.")
    Path passwordFile;

    @Override
    public Integer call() {
        boolean encrypted = AssessmentPackages.isEncrypted(file);
        if (encrypted && passwordFile == null) {
            spec.commandLine()
                    .getErr()
                    .println(file.getFileName() + ": an encrypted assessment package; give " + PasswordInput.OPTION
                            + " to check its content.");
            return 1;
        }
        char[] password = encrypted ? PasswordInput.read(passwordFile, false, "") : null;
        ImportValidator.Verdict verdict;
        try (WorkbenchDatabase db = open()) {
            verdict = root.validator(db).validate(file, password);
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
        if (verdict.ok()) {
            spec.commandLine()
                    .getOut()
                    .println(file.getFileName() + ": a valid " + verdict.kind().label() + ".");
            return 0;
        }
        PrintWriter err = spec.commandLine().getErr();
        verdict.problems().forEach(p -> err.println(file.getFileName() + ": " + p));
        err.println("ai-risk-workbench: " + file.getFileName() + " is not "
                + (verdict.kind() == ImportValidator.Kind.UNKNOWN
                        ? "a file the workbench imports."
                        : "a valid " + verdict.kind().label() + " ("
                                + verdict.problems().size() + " problem(s))."));
        return 1;
    }
}
