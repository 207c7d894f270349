package org.airisk.workbench.importfiles;

/**
 * The bounds every imported file is read within (packages, questionnaire templates, Risk Atlas files). They are
 * far above anything the workbench writes, and low enough that a hostile file cannot exhaust memory or time; each
 * refusal states the bound it hit. docs/schema/README.md lists them.
 */
public final class ImportLimits {
    public static final long MEGABYTE = 1024L * 1024;
    /** Deepest nesting of lists and objects; a package nests six levels, a template's conditions a few more. */
    public static final int MAX_DEPTH = 64;
    /** Longest text value, in characters: a round number under the database's limit for one value (1,048,576). */
    public static final int MAX_STRING = 1_000_000;
    /** Longest number written as a number (digits, sign, point and exponent). */
    public static final int MAX_NUMBER_CHARS = 40;
    /** Most values (texts, numbers, lists, objects) in one file. */
    public static final int MAX_VALUES = 1_000_000;
    /** Longest list in a package (assessments, answers, plan items...): a questionnaire asks a few hundred questions. */
    public static final int MAX_LIST = 20_000;

    private ImportLimits() {}

    /** "64 MB" */
    public static String megabytes(long bytes) {
        return bytes / MEGABYTE + " MB";
    }

    /** 1,000,000 with a comma every three digits, the same in every locale, as messages are in English. */
    public static String count(long n) {
        String digits = Long.toString(n);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
