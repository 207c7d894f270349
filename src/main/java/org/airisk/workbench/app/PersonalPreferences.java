package org.airisk.workbench.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.airisk.workbench.settings.PreferenceKeys;
import org.airisk.workbench.settings.Preferences;
import org.airisk.workbench.settings.ReportBranding;
import org.airisk.workbench.store.JdbcPreferences;
import org.airisk.workbench.store.PreferencesFile;
import org.airisk.workbench.store.WorkbenchDatabase;
import org.airisk.workbench.ui.shell.RecentAssessments;

/**
 * The preferences of a team workspace, split by whose they are. The firm's settings (Edit › Scoring method, Report
 * settings) stay in the server's table, shared by everyone. Everything else is one person's (Your details, the
 * theme, the window, the last folder, the last and recent assessments) and stays in a file in this computer's data
 * folder, so Ana's name never signs Ben's changes. The last and recent assessments are kept per workspace.
 */
final class PersonalPreferences implements Preferences {
    static final String FILE_NAME = "personal.properties";
    /** The only settings every user of a team workspace shares. */
    static final Set<String> FIRM_WIDE =
            Set.of(PreferenceKeys.SCORING_METHOD, ReportBranding.ORGANISATION, ReportBranding.MARKING);
    /** Personal settings that name something in one workspace only. */
    static final Set<String> PER_WORKSPACE = Set.of(PreferenceKeys.LAST_ASSESSMENT, RecentAssessments.PREFERENCE);

    private final Preferences shared;
    private final Preferences mine;
    private final String workspace;

    private PersonalPreferences(Preferences shared, Preferences mine, String workspace) {
        this.shared = shared;
        this.mine = mine;
        this.workspace = workspace;
    }

    /** The library's own preferences for a local library; for a team workspace, split as above. */
    static Preferences of(WorkbenchDatabase database, Path dataFolder) {
        Preferences library = new JdbcPreferences(database);
        if (!database.onServer()) {
            return library;
        }
        return new PersonalPreferences(
                library,
                new PreferencesFile(dataFolder.resolve(TeamJournal.FOLDER).resolve(FILE_NAME)),
                TeamJournal.shortName(database.serverIdentity()));
    }

    @Override
    public Optional<String> get(String key) {
        return FIRM_WIDE.contains(key) ? shared.get(key) : mine.get(local(key));
    }

    @Override
    public void put(String key, String value) {
        if (FIRM_WIDE.contains(key)) {
            shared.put(key, value);
        } else {
            mine.put(local(key), value);
        }
    }

    private String local(String key) {
        return PER_WORKSPACE.contains(key) ? key + "@" + workspace : key;
    }
}
