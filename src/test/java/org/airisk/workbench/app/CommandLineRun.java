package org.airisk.workbench.app;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.airisk.workbench.testing.TestClock;

/** One run of the command line in this JVM, on the fixed test clock, with what it printed. */
record CommandLineRun(int code, String out, String err) {
    static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = CommandLine.run(args, new PrintWriter(out), new PrintWriter(err), Map.of(), TestClock.FIXED);
        return new CommandLineRun(code, out.toString(), err.toString());
    }

    /** A command on the library of this data folder. */
    static CommandLineRun in(Path data, String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return of(all);
    }
}
