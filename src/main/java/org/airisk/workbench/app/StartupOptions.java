package org.airisk.workbench.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the command line asked for. Unknown arguments are reported, not ignored. */
record StartupOptions(Path dataFolder, boolean exitAfterStart, List<Path> filesToOpen, List<String> problems) {

    static final String USAGE = "Usage: ai-risk-workbench [--data-dir DIR] [--exit-after-start] [FILE]";

    static StartupOptions parse(List<String> args, Map<String, String> environment) {
        String dataDir = null;
        boolean exitAfterStart = false;
        List<String> problems = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--exit-after-start")) {
                exitAfterStart = true;
            } else if (arg.equals("--data-dir")) {
                if (i + 1 >= args.size()) {
                    problems.add("--data-dir needs a folder after it.");
                } else {
                    dataDir = args.get(++i);
                }
            } else if (arg.startsWith("--data-dir=")) {
                dataDir = arg.substring("--data-dir=".length());
            } else if (!arg.startsWith("-")) {
                // The desktop passes files the user opened with the workbench (e.g. an .airisk.json package).
                files.add(Path.of(arg).toAbsolutePath());
            } else {
                problems.add("Unknown argument '" + arg + "'. " + USAGE);
            }
        }
        Path folder = DataFolders.resolve(
                dataDir, environment, System.getProperty("os.name", ""), System.getProperty("user.home", "."));
        return new StartupOptions(folder, exitAfterStart, List.copyOf(files), List.copyOf(problems));
    }
}
