package org.airisk.workbench.app;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.airisk.workbench.assessment.UserFacingProblem;
import org.airisk.workbench.catalog.RiskCatalog;
import org.airisk.workbench.exchange.ScoredPackage;
import org.airisk.workbench.review.ConditionsToPlan;
import org.airisk.workbench.review.ReviewRepository;
import org.airisk.workbench.review.SignOff;
import org.airisk.workbench.scoring.MitigationPlan;
import org.airisk.workbench.scoring.PlanItem;
import org.airisk.workbench.scoring.RiskRegister;
import org.airisk.workbench.scoring.RiskScore;
import org.airisk.workbench.store.JdbcPackageStore;
import org.airisk.workbench.store.JdbcPreferences;
import org.airisk.workbench.store.JdbcRegisterRepository;
import org.airisk.workbench.store.WorkbenchDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `conditions`: the conditions of the latest decision, each marked when the plan holds it, and turning them into
 * plan items (docs/review.md). The plan's own audit entries record each addition.
 */
@Command(
        name = ConditionsCommand.NAME,
        description = "List the conditions of the latest decision, or add them to "
                + "the mitigation plan (in a draft: re-open a decided assessment first).")
final class ConditionsCommand extends ReviewCommands.OnOneAssessment {
    static final String NAME = "conditions";

    @Option(names = "--to-plan", paramLabel = "N", description = "Add condition N to the plan (repeat for each).")
    List<Integer> toPlan = List.of();

    @Option(names = "--all", description = "Add every condition not yet in the plan.")
    boolean all;

    @Option(
            names = "--risk",
            paramLabel = "RISK",
            description = "The risk the added conditions address, by id "
                    + "(repeat for several; default: the register's highest-ranked risk).")
    List<String> risks = List.of();

    @Override
    public Integer call() {
        if (all && !toPlan.isEmpty()) {
            throw new UserFacingProblem("Give --all or --to-plan, not both.");
        }
        if (!all && toPlan.isEmpty() && !risks.isEmpty()) {
            throw new UserFacingProblem("--risk is for the conditions added with --to-plan or --all.");
        }
        return super.call();
    }

    @Override
    int run(WorkbenchDatabase db, ReviewRepository reviews, PrintWriter out) {
        SignOff decision = reviews.latestDecision(id).orElse(null);
        if (decision == null || decision.conditions().isEmpty()) {
            return noConditions(decision, out);
        }
        ConditionsToPlan conditions = new ConditionsToPlan(decision);
        JdbcRegisterRepository registers = new JdbcRegisterRepository(db, root().clock);
        if (!all && toPlan.isEmpty()) {
            out.println("Conditions of the approval of version " + decision.versionNumber() + " by "
                    + decision.reviewerName() + ":");
            conditions
                    .conditions(registers.plan(id))
                    .forEach(c -> out.println(c.number() + ". " + c.text() + (c.inPlan() ? "   (in the plan)" : "")));
            return 0;
        }
        String refusal = ConditionsToPlan.refusal(reviews.stage(id));
        if (!refusal.isEmpty()) {
            throw new UserFacingProblem(refusal);
        }
        MitigationPlan plan = registers.plan(id);
        List<Integer> numbers = all
                ? conditions.conditions(plan).stream()
                        .filter(c -> !c.inPlan())
                        .map(ConditionsToPlan.Condition::number)
                        .toList()
                : List.copyOf(new LinkedHashSet<>(toPlan));
        if (numbers.isEmpty()) {
            out.println("Every condition is already in the plan; nothing was added.");
            return 0;
        }
        RiskRegister register = register(db);
        List<String> addressed = addressed(register);
        // every item is checked before the first is kept, so a refused one leaves the plan as it was
        List<PlanItem> items = new ArrayList<>();
        for (int number : numbers) {
            PlanItem item = conditions.planItem(number, addressed, plan);
            items.add(item);
            plan = plan.with(item);
        }
        for (int i = 0; i < items.size(); i++) {
            registers.savePlanItem(id, items.get(i));
            out.println("Added condition " + numbers.get(i) + " to the plan: \u201c"
                    + items.get(i).title() + "\u201d, addressing " + names(register, addressed) + ".");
        }
        if (risks.isEmpty()) {
            out.println("It addresses the register's highest-ranked risk; choose others with --risk, and set how "
                    + "much it lowers the rating in the plan.");
        }
        return 0;
    }

    /** No decision, or one without conditions: said, or refused when conditions were to go into the plan. */
    private int noConditions(SignOff decision, PrintWriter out) {
        if (all || !toPlan.isEmpty()) {
            throw new UserFacingProblem(
                    decision == null
                            ? "This assessment has no decision yet, so no " + "conditions to add to the plan."
                            : "The latest decision ("
                                    + decision.decision().label().toLowerCase(Locale.ROOT)
                                    + ") has no conditions to add to the plan.");
        }
        out.println(
                decision == null
                        ? "No decision yet, so no conditions."
                        : "The latest decision (" + decision.decision().label().toLowerCase(Locale.ROOT)
                                + ") has no conditions.");
        return 0;
    }

    /** The risks given with --risk, each checked to apply here; else the highest-ranked one. */
    private List<String> addressed(RiskRegister register) {
        if (risks.isEmpty()) {
            return register.ranked().stream()
                    .findFirst()
                    .map(s -> List.of(s.riskId()))
                    .orElseThrow(() -> new IllegalArgumentException(
                            "No risk applies to this assessment, so a condition has no risk to "
                                    + "address in the plan."));
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String risk : risks) {
            if (register.score(risk.strip()).isEmpty()) {
                throw new UserFacingProblem("\u201c" + risk + "\u201d is no risk that applies to this "
                        + "assessment; the register lists the ids (export --format csv).");
            }
            chosen.add(risk.strip());
        }
        return List.copyOf(chosen);
    }

    private static String names(RiskRegister register, List<String> ids) {
        return String.join(
                ", ",
                ids.stream()
                        .map(r -> register.score(r)
                                .map(RiskScore::risk)
                                .map(k -> k.name())
                                .orElse(r))
                        .toList());
    }

    /** The register as the window scores it, plan included. */
    private RiskRegister register(WorkbenchDatabase db) {
        RiskCatalog catalog = root().catalog(db);
        var stored = new JdbcPackageStore(db, root().clock).read(List.of(id)).get(0);
        return ScoredPackage.of(
                        stored,
                        root().templates(catalog)::find,
                        catalog,
                        Workbench.settingsMethod(new JdbcPreferences(db)))
                .register();
    }
}
