package org.airisk.workbench.assessment;

import java.util.ArrayList;
import java.util.List;

/** What the assessor fills in to start an assessment. */
public record NewAssessment(String title, String systemName, String owner, String templateId, int templateVersion) {
    public static final int MAX_TITLE = 200;
    public static final int MAX_NAME = 200;

    public NewAssessment {
        title = title == null ? "" : title.strip();
        systemName = systemName == null ? "" : systemName.strip();
        owner = owner == null ? "" : owner.strip();
    }

    /** What still keeps this from being created, in words for the dialog; empty when it is fine. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (title.isEmpty()) {
            problems.add("Give the assessment a title.");
        } else if (title.length() > MAX_TITLE) {
            problems.add("Keep the title under " + MAX_TITLE + " characters.");
        }
        if (systemName.isEmpty()) {
            problems.add("Name the AI system being assessed.");
        } else if (systemName.length() > MAX_NAME) {
            problems.add("Keep the system name under " + MAX_NAME + " characters.");
        }
        if (owner.length() > MAX_NAME) {
            problems.add("Keep the owner under " + MAX_NAME + " characters.");
        }
        if (templateId == null || templateId.isBlank()) {
            problems.add("Choose a questionnaire.");
        }
        return problems;
    }
}
