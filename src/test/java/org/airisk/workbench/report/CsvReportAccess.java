package org.airisk.workbench.report;

/** Opens {@link CsvReport}'s cell quoting to tests in other packages. */
public final class CsvReportAccess {
    private CsvReportAccess() {}

    public static String cell(String value) {
        return CsvReport.cell(value);
    }
}
