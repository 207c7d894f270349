package org.airisk.workbench.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * File › Recent assessments: the last {@value #KEPT} assessments opened, newest first, with the title they had
 * when opened. Kept in the preferences as one line per assessment, id and title separated by a tab.
 */
public final class RecentAssessments {
    public static final String PREFERENCE = "window.recentAssessments";
    public static final int KEPT = 5;

    /** One assessment opened lately. */
    public record Entry(UUID id, String title) {}

    private final List<Entry> entries = new ArrayList<>();

    private RecentAssessments(List<Entry> entries) {
        this.entries.addAll(entries);
    }

    /** As stored; anything unreadable in it is left out. */
    public static RecentAssessments decode(Optional<String> stored) {
        List<Entry> read = new ArrayList<>();
        for (String line : stored.orElse("").split("\n")) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                continue;
            }
            try {
                UUID id = UUID.fromString(line.substring(0, tab));
                if (read.size() < KEPT && read.stream().noneMatch(e -> e.id().equals(id))) {
                    read.add(new Entry(id, line.substring(tab + 1)));
                }
            } catch (IllegalArgumentException e) {
                // not an id: skipped
            }
        }
        return new RecentAssessments(read);
    }

    public String encode() {
        StringBuilder text = new StringBuilder();
        for (Entry e : entries) {
            text.append(e.id())
                    .append('\t')
                    .append(e.title().replace('\n', ' ').replace('\t', ' '))
                    .append('\n');
        }
        return text.toString();
    }

    /** Newest first. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }

    /** Puts an assessment just opened first, with its title now; the oldest beyond {@value #KEPT} drops off. */
    public void opened(UUID id, String title) {
        entries.removeIf(e -> e.id().equals(id));
        entries.add(0, new Entry(id, title));
        while (entries.size() > KEPT) {
            entries.remove(entries.size() - 1);
        }
    }

    /** Leaves out an assessment that is no longer in the library; true if it was listed. */
    public boolean drop(UUID id) {
        return entries.removeIf(e -> e.id().equals(id));
    }
}
