package org.airisk.workbench.questionnairedata.surveyjs;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Template ids from SurveyJS names: letters, digits, '_', '-' and '.' only, and unique within their scope (sections
 * and questions share one, as the template validator wants; each question's options have their own).
 */
final class Ids {
    private final Set<String> taken = new HashSet<>();

    String unique(String name, String fallback) {
        String base = clean(name);
        if (base.isEmpty()) {
            base = fallback;
        }
        String id = base;
        for (int n = 2; !taken.add(id.toLowerCase(Locale.ROOT)); n++) {
            id = base + "_" + n;
        }
        return id;
    }

    static String clean(String name) {
        String cleaned = name == null ? "" : name.strip().replaceAll("[^A-Za-z0-9_.-]+", "_");
        return cleaned.replaceAll("^_+|_+$", "");
    }
}
