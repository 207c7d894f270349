package org.airisk.workbench.report;

import java.util.ArrayList;
import java.util.List;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RiskScore;

/**
 * The risk register and the mitigation plan as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs
 * read accents right). A cell that would start a formula is prefixed with an apostrophe, so opening a file from
 * someone else never runs one.
 */
public final class CsvReport {
    private static final String BOM = "\uFEFF";

    /** A sheet of text cells: the first row holds the column names. Shared by the CSV and spreadsheet outputs. */
    public record Table(String name, List<List<String>> rows) {
        public Table {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    public String register(ReportContent r) {
        return csv(registerTable(r).rows());
    }

    public String plan(ReportContent r) {
        return csv(planTable(r).rows());
    }

    /** The changes appendix as a table; only asked for when the report has one. */
    public Table changesTable(ReportContent.ChangesSince changes) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(ReportText.CHANGE_COLUMNS);
        rows.addAll(ReportText.changeRows(changes));
        return new Table(CHANGES_SHEET, rows);
    }

    /** A sheet name fits in 31 characters; the full title is in the sheet's About row. */
    public static final String CHANGES_SHEET = "Changes since approval";

    public Table registerTable(ReportContent r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "Risk id",
                "Risk",
                "Category",
                "Inherent likelihood",
                "Inherent impact",
                "Inherent score",
                "Inherent level",
                "Residual likelihood",
                "Residual impact",
                "Residual score",
                "Residual level",
                "Overridden",
                "Override justification",
                "Rests on open or unsure answers",
                "Target likelihood",
                "Target impact",
                "Target score",
                "Target level"));
        for (RiskScore s : r.registerRows()) {
            rows.add(List.of(
                    s.riskId(),
                    s.risk().name(),
                    s.risk().category().label(),
                    Integer.toString(s.inherent().likelihood()),
                    Integer.toString(s.inherent().impact()),
                    Integer.toString(s.inherent().score()),
                    s.inherent().level().label(),
                    Integer.toString(s.residual().likelihood()),
                    Integer.toString(s.residual().impact()),
                    Integer.toString(s.residual().score()),
                    s.residual().level().label(),
                    s.isOverridden() ? "yes" : "no",
                    s.isOverridden() ? s.override().justification() : "",
                    s.restsOnAssumptions() ? "yes" : "no",
                    Integer.toString(s.target().likelihood()),
                    Integer.toString(s.target().impact()),
                    Integer.toString(s.target().score()),
                    s.target().level().label()));
        }
        return new Table("Risk register", rows);
    }

    /** The plan, risks by name (ids beside them for filtering), the due date as ISO yyyy-mm-dd and an overdue flag. */
    /** The evidence files with what each supports, size and SHA-256 (the spreadsheet's Evidence sheet). */
    public Table evidenceTable(ReportContent r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("File", "Supports", "Size", "SHA-256", "Added by"));
        r.evidence().forEach(e -> rows.add(List.of(e.fileName(), e.supports(), e.size(), e.sha256(), e.addedBy())));
        return new Table(ReportText.EVIDENCE, rows);
    }

    public Table planTable(ReportContent r) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "Measure",
                "Mitigation id",
                "Risks",
                "Risk ids",
                "Decision",
                "Reason",
                "Owner",
                "Due",
                "Overdue",
                "Priority",
                "Status",
                "Effort",
                "Lowers likelihood",
                "Lowers impact",
                "Notes"));
        for (ReportContent.PlanRow row : r.planRows()) {
            PlanItem i = row.item();
            rows.add(List.of(
                    i.title(),
                    i.mitigationId(),
                    String.join("; ", row.riskNames()),
                    String.join(" ", i.risks()),
                    i.isAccepted() ? "accepted" : "rejected",
                    i.reason(),
                    i.owner(),
                    i.due() == null ? "" : i.due().toString(),
                    row.overdue() ? "overdue" : "",
                    i.priority().label(),
                    i.status().label(),
                    i.effort().name(),
                    Integer.toString(i.reducesLikelihood()),
                    Integer.toString(i.reducesImpact()),
                    i.notes()));
        }
        return new Table("Mitigation plan", rows);
    }

    private static String csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder(BOM);
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                out.append(c == 0 ? "" : ",").append(cell(row.get(c)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
