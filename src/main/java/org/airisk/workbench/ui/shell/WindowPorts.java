package org.airisk.workbench.ui.shell;

import org.airisk.workbench.assessment.AssessmentRepository;
import org.airisk.workbench.assessment.UnsavedChanges;
import org.airisk.workbench.catalog.AtlasImport;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.exchange.PackageExchange;
import org.airisk.workbench.portfolio.PortfolioQueries;
import org.airisk.workbench.questionnaire.QuestionnaireImport;
import org.airisk.workbench.questionnaire.Questionnaires;
import org.airisk.workbench.report.ReportWriter;
import org.airisk.workbench.review.LibraryPages;
import org.airisk.workbench.scoring.RegisterRepository;
import org.airisk.workbench.scoring.StoredScoring;
import org.airisk.workbench.settings.Preferences;

/**
 * What the main window works through, made once by the composition root: the library's repositories and queries,
 * the files it reads and writes (packages, reports, questionnaires, Risk Atlas exports), the preferences, and the
 * catalog as it was at start (an Atlas import replaces it in the window).
 */
public record WindowPorts(
        AssessmentRepository assessments,
        RegisterRepository registers,
        PortfolioQueries portfolio,
        PackageExchange packages,
        ReportWriter reports,
        Questionnaires templates,
        QuestionnaireImport questionnaireFiles,
        RiskCatalog catalog,
        AtlasImport atlasImporter,
        Preferences preferences,
        StoredScoring scoring,
        UnsavedChanges journal,
        LibraryPages libraryPages) {}
